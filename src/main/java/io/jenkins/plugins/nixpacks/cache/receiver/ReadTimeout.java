package io.jenkins.plugins.nixpacks.cache.receiver;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A read timeout on a request body, whatever the servlet container's own idle timeout: a watchdog interrupts a read
 * that has waited longer than the limit, and the read fails with a {@link SocketTimeoutException}. Jetty's blocking
 * reads give up on interrupt. The interrupt flag is cleared before the thread returns to the container.
 */
final class ReadTimeout {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nixpacks-cache-read-timeout");
        t.setDaemon(true);
        return t;
    });

    private ReadTimeout() {}

    /** {@code in} with each read limited to {@code timeout}; close the result to stop watching. */
    static InputStream guard(InputStream in, Duration timeout) {
        return new Guarded(in, timeout.toNanos());
    }

    private static final class Guarded extends FilterInputStream {
        private final long timeoutNanos;
        private final Thread reader = Thread.currentThread();
        private final ScheduledFuture<?> check;
        private boolean reading;
        private long readSince;
        private boolean timedOut;

        Guarded(InputStream in, long timeoutNanos) {
            super(in);
            this.timeoutNanos = timeoutNanos;
            long period = Math.max(TimeUnit.NANOSECONDS.toMillis(timeoutNanos) / 4, 50);
            this.check = WATCHDOG.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
        }

        private synchronized void check() {
            if (reading && !timedOut && System.nanoTime() - readSince > timeoutNanos) {
                timedOut = true;
                reader.interrupt();
            }
        }

        private synchronized void begin() throws SocketTimeoutException {
            if (timedOut) {
                throw timeout();
            }
            reading = true;
            readSince = System.nanoTime();
        }

        /** Ends a read; swallows an interrupt that was meant for it. */
        private synchronized boolean end() {
            reading = false;
            if (timedOut) {
                Thread.interrupted();
            }
            return timedOut;
        }

        private SocketTimeoutException timeout() {
            return new SocketTimeoutException(
                    "no bytes for " + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos) + " s (read timeout)");
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            begin();
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                if (end()) {
                    SocketTimeoutException t = timeout();
                    t.initCause(e);
                    throw t;
                }
                throw e;
            }
            if (end()) {
                throw timeout();
            }
            return n;
        }

        @Override
        public void close() {
            check.cancel(false);
            end();
            // the container owns the request stream
        }
    }
}
