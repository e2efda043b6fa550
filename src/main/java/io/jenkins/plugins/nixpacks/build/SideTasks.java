package io.jenkins.plugins.nixpacks.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work that runs beside the build's main line, each task on a thread of its own: the setup image's pull beside the
 * cache image's ({@link LayerCache}), and once the stage is built the cache save (the stage's directories read, cut,
 * sent and pushed) and the push of the stage as the layer-cache image beside the final build. The last two read the
 * stage tag and the registry, never the final image, so the final build and the push of the app image go on
 * meanwhile; {@link #join} waits for them before the stage tag is removed. Measured in {@code bench/}: on a cold
 * build the layer-cache push is the larger part of what saving costs.
 *
 * <p>A task's fault stays what it was: a warning (the task logs it and returns), or with strictCache a
 * {@link BuildException}, thrown by {@link #join}. When the final build fails or the build is stopped,
 * {@link #cancel} interrupts the tasks and waits for them, so nothing reads or pushes the stage after its tag is gone.
 */
final class SideTasks implements AutoCloseable {
    /** One piece of work; its time is its own, measured from its start. */
    @FunctionalInterface
    interface Task {
        void run() throws BuildException, InterruptedException;
    }

    /** What a task took, for the build's timeline. */
    record Done(String name, long millis) {}

    /** How long {@link #cancel} waits for the tasks to end. */
    static final long CANCEL_WAIT_SECONDS = 120;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private record Running(String name, Future<Long> millis) {}

    private final ExecutorService pool;
    private final List<Running> running = new ArrayList<>();

    SideTasks(int tasks) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, tasks), r -> {
            Thread t = new Thread(r, "nixpacks-side-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts {@code task} now, on a thread of its own. */
    void start(String name, Task task) {
        running.add(new Running(name, pool.submit(() -> {
            long t0 = System.nanoTime();
            task.run();
            return (System.nanoTime() - t0) / 1_000_000;
        })));
    }

    /**
     * Waits for every task, in the order they were started, and returns their times. The first task that threw
     * decides what is thrown, after all of them have ended.
     */
    List<Done> join() throws BuildException, InterruptedException {
        List<Done> done = new ArrayList<>();
        Throwable first = null;
        try {
            for (Running r : running) {
                try {
                    done.add(new Done(r.name(), r.millis().get()));
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }
        if (first instanceof BuildException be) {
            throw be;
        }
        if (first instanceof InterruptedException ie) {
            throw ie;
        }
        if (first instanceof RuntimeException re) {
            throw re;
        }
        if (first instanceof Error err) {
            throw err;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
        return done;
    }

    /** Interrupts the tasks still running and waits for them to end (a read or a push stops at its next step). */
    void cancel() {
        // One interrupt per task: a second one (shutdownNow) could land in its clean-up and leave its container.
        running.forEach(r -> r.millis().cancel(true));
        pool.shutdown();
        awaitEnd();
    }

    /**
     * Waits up to {@link #CANCEL_WAIT_SECONDS} for the tasks to end, also when interrupted again meanwhile (the
     * interrupt is kept): they must not read the stage after its tag is removed. A task that has not ended by then is
     * left; the stage tag's removal then fails with a warning rather than the build hanging.
     */
    private void awaitEnd() {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CANCEL_WAIT_SECONDS);
        while (!pool.isTerminated() && System.nanoTime() < deadline) {
            try {
                pool.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the pool; the tasks have ended by now ({@link #join} or {@link #cancel}), or are cancelled here. */
    @Override
    public void close() {
        if (running.stream().anyMatch(r -> !r.millis().isDone())) {
            cancel();
        }
        pool.shutdown();
    }
}
