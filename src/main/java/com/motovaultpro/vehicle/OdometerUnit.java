package com.motovaultpro.vehicle;

/** How the vehicle's usage is counted. */
public enum OdometerUnit {
    MILES, KILOMETERS, HOURS
}
