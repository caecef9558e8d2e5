package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The assembly's slice writes: in order, on their own thread, one at a time, failures to the caller, never interrupted. */
class OrderedWritesTest {

    @Test
    void writesRunInTheOrderHandedInOnTheirOwnThreadAndFinishWaitsForTheLast() {
        List<String> done = new CopyOnWriteArrayList<>();
        try (OrderedWrites writes = new OrderedWrites("store-test", "testing")) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                writes.submit(() -> {
                    sleep(2);
                    done.add(n + " on " + Thread.currentThread().getName());
                });
            }
            writes.finish();
            assertThat(done).hasSize(20);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(done.get(i)).isEqualTo(i + " on store-test");
        }
    }

    @Test
    void theCallerGoesOnWhileAWriteIsUnderWayButNeverHasTwoUnderWay() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (OrderedWrites writes = new OrderedWrites("store-test", "testing")) {
            writes.submit(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                await(release);
                running.decrementAndGet();
            });
            assertThat(running.get() <= 1).isTrue(); // submit returned while the first write waits
            Thread second = new Thread(() -> writes.submit(
                    () -> most.accumulateAndGet(running.incrementAndGet(), Math::max)));
            second.start();
            second.join(200);
            assertThat(second.isAlive()).as("the next write waits for the one under way").isTrue();
            release.countDown();
            second.join(5_000);
            writes.finish();
        }
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void aFailedWriteIsThrownToTheCallerAtTheNextHandInAndTheNextWriteIsNotStarted() {
        AtomicBoolean secondRan = new AtomicBoolean();
        try (OrderedWrites writes = new OrderedWrites("store-test", "testing")) {
            writes.submit(() -> {
                throw new IllegalStateException("disk full");
            });
            assertThatThrownBy(() -> writes.submit(() -> secondRan.set(true)))
                    .isInstanceOf(IllegalStateException.class).hasMessage("disk full");
            writes.finish();
        }
        assertThat(secondRan).isFalse();
    }

    @Test
    void closingLetsTheWriteUnderWayEndUninterrupted() {
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        OrderedWrites writes = new OrderedWrites("store-test", "testing");
        writes.submit(() -> {
            try {
                Thread.sleep(300);
                ended.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        writes.close();
        assertThat(ended).isTrue();
        assertThat(interrupted).isFalse();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
