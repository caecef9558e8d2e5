package org.casereview.etl.guard;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.casereview.etl.document.RejectReason;

/**
 * The limits and the deadline of the document the current thread works on, installed by
 * {@link DocumentGuard}. Loops over pages, glyphs and lines call {@link #checkTime()}; regular
 * expressions over document text match a {@link #watch watched} sequence, so even a slow match
 * stops at the deadline. Outside a guard the defaults hold with no deadline.
 * <p>
 * The time counted is the processor time of the reading thread, so a good document is not rejected
 * because the machine is busy with other work (a scheduler running several jobs, a CI box); the
 * wall clock still ends any document at {@value #WALL_TIME_FACTOR} times the limit, whatever it waits on.
 */
public final class DocumentBudget {

    static final int WALL_TIME_FACTOR = 3;
    /** How a timeout by the wall clock reads after "reading took longer than ": the machine's load, not the document. */
    static final String BY_THE_CLOCK = WALL_TIME_FACTOR + " times the ";
    private static final String TIMED_OUT = "reading took longer than ";
    private static final ThreadLocal<DocumentBudget> CURRENT = new ThreadLocal<>();
    private static final DocumentBudget UNGUARDED = new DocumentBudget(DocumentLimits.DEFAULTS, Long.MAX_VALUE);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final DocumentLimits limits;
    private final Thread reader;
    private final long startCpuNanos;
    private final long lastWallNanos;
    /** When processor time is next looked at: the wall clock is cheap to read, the thread's time is not. */
    private long nextLookNanos;

    private DocumentBudget(DocumentLimits limits, long startWallNanos) {
        this.limits = limits;
        this.reader = Thread.currentThread();
        this.startCpuNanos = startWallNanos == Long.MAX_VALUE ? 0 : threadCpuNanos();
        long limit = limits.timePerDocument().toNanos();
        this.nextLookNanos = startWallNanos == Long.MAX_VALUE ? Long.MAX_VALUE : startWallNanos + limit;
        this.lastWallNanos = startWallNanos == Long.MAX_VALUE ? Long.MAX_VALUE
                : startWallNanos + saturatedTimes(limit, WALL_TIME_FACTOR);
    }

    public static DocumentBudget current() {
        DocumentBudget budget = CURRENT.get();
        return budget == null ? UNGUARDED : budget;
    }

    public DocumentLimits limits() {
        return limits;
    }

    /** Throws {@link LimitExceededException} ({@code timeout}) once the document's time is up. */
    public static void checkTime() {
        current().check();
    }

    public void check() {
        if (nextLookNanos == Long.MAX_VALUE) {
            return;
        }
        long now = System.nanoTime();
        if (now - nextLookNanos <= 0) {
            return;
        }
        long limit = limits.timePerDocument().toNanos();
        if (now - lastWallNanos >= 0) {
            throw timeout(BY_THE_CLOCK + seconds(limit) + " a document may take");
        }
        long cpuLeft = limit - cpuUsedNanos();
        if (cpuLeft <= 0) {
            throw timeout("the " + seconds(limit) + " of processor time a document may take");
        }
        nextLookNanos = now + cpuLeft;
    }

    private long cpuUsedNanos() {
        if (Thread.currentThread() != reader || !cpuTimeMeasured()) {
            return Long.MAX_VALUE;
        }
        return threadCpuNanos() - startCpuNanos;
    }

    private static long threadCpuNanos() {
        return cpuTimeMeasured() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private static boolean cpuTimeMeasured() {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    /** Whether a {@code timeout} message is the wall clock's: on a busy machine a reading may end otherwise. */
    public static boolean timedOutByTheClock(String message) {
        return message.contains(TIMED_OUT + BY_THE_CLOCK);
    }

    private static LimitExceededException timeout(String what) {
        return new LimitExceededException(RejectReason.TIMEOUT, TIMED_OUT + what);
    }

    private static String seconds(long nanos) {
        long millis = nanos / 1_000_000;
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static long saturatedTimes(long nanos, int factor) {
        return nanos > Long.MAX_VALUE / (2L * factor) ? Long.MAX_VALUE / 2 : nanos * factor;
    }

    /** Text that checks the deadline as a regular expression reads it. */
    public static CharSequence watch(CharSequence text) {
        DocumentBudget budget = current();
        return budget == UNGUARDED ? text : new WatchedText(text, budget);
    }

    static DocumentBudget install(DocumentLimits limits) {
        DocumentBudget budget = new DocumentBudget(limits, System.nanoTime());
        CURRENT.set(budget);
        return budget;
    }

    static void restore(DocumentBudget previous) {
        if (previous == null || previous == UNGUARDED) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    static DocumentBudget installed() {
        return CURRENT.get();
    }

    /** Checks the clock every few thousand characters read: cheap, and a stuck match ends within milliseconds. */
    private static final class WatchedText implements CharSequence {
        private static final int EVERY = 4096;
        private final CharSequence text;
        private final DocumentBudget budget;
        private int reads;

        WatchedText(CharSequence text, DocumentBudget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++reads % EVERY == 0) {
                budget.check();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new WatchedText(text.subSequence(start, end), budget);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
