package com.motovaultpro.transfer;

/** A CSV import stored rows (fired in the transaction that keeps them, so only when they stay). */
public record ImportFinished(long vehicleId, String recordType, int stored, int refused) {
}
