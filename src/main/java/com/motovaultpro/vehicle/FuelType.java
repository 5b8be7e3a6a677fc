package com.motovaultpro.vehicle;

/** What a vehicle runs on; a dual-fuel vehicle has a primary and a secondary one. */
public enum FuelType {
    GASOLINE, DIESEL, ELECTRIC, LPG, CNG, HYBRID
}
