/**
 * Driver links: a vehicle's secret link (and QR code) for someone without an account, who may add
 * fill-ups and odometer readings to that vehicle and see nothing of it but its name and last
 * reading. Owns the links (made, listed and revoked by the vehicle's owner and Managers), their
 * limits, the driver's page and the audit entries of what came through a link. Uses the logbook to
 * save entries, quick entry's form, and the platform's rate limits, token hashing and QR codes.
 */
package com.motovaultpro.driverlink;
