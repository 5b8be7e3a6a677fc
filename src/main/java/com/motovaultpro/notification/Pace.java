package com.motovaultpro.notification;

import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code perSecond} deliveries a second from one replica, however many loops deliver: each
 * delivery takes the next free slot, {@code 1 s / perSecond} after the one before, and waits for
 * it. Keeps a burst (10,000 digests at 7 o'clock) from taking the server's CPU from the people
 * using it, and from running into a mail provider's sending limits.
 */
final class Pace {

    private final long intervalNanos;
    private final AtomicLong nextSlot = new AtomicLong(Long.MIN_VALUE);

    Pace(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    /** How long a delivery that asks at {@code nowNanos} waits for its slot (the slot is taken). */
    long waitNanos(long nowNanos) {
        while (true) {
            long next = nextSlot.get();
            long slot = next == Long.MIN_VALUE || next - nowNanos < 0 ? nowNanos : next;
            if (nextSlot.compareAndSet(next, slot + intervalNanos)) {
                return slot - nowNanos;
            }
        }
    }

    /** Waits for the next slot. */
    void await() throws InterruptedException {
        long wait = waitNanos(System.nanoTime());
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
