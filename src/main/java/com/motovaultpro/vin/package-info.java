/**
 * Vehicle Identification Numbers: the validity rules of every region ({@link com.motovaultpro.vin.Vin})
 * and offline decoding — manufacturer and make from the world manufacturer identifier (a table
 * built from NHTSA vPIC and shipped with the app), country from the ISO 3780 allocation, and the
 * candidate model years from position 10. Used by the vehicle form and {@code GET /api/v1/vin/{vin}};
 * depends on nothing but {@code platform}.
 */
package com.motovaultpro.vin;
