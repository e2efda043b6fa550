package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads cache directories out of a built stage: a container created from the stage image and never started, whose
 * archive endpoint streams each directory as a tar to the agent, where it is cut into layers. Nothing runs in the
 * container, so the build image needs no tar, curl or wget, and no network mode matters. {@link #close} removes the
 * container, also after a failure or an interrupt.
 */
final class StageCacheReader implements AutoCloseable {
    /** Containers of the save are named so; a test (or an admin) finds strays by it. */
    static final String CONTAINER_PREFIX = "nixpacks-save-";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Engine engine;
    private final String container;

    private StageCacheReader(Engine engine, String container) {
        this.engine = engine;
        this.container = container;
    }

    static StageCacheReader open(Engine engine, String stageImage) throws IOException {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return new StageCacheReader(
                engine,
                engine.createStopped(
                        stageImage, CONTAINER_PREFIX + HexFormat.of().formatHex(random)));
    }

    /**
     * The directory's layers, on top of {@code previous} when it is not null ({@link ReproducibleLayer#cut}), or
     * empty when the stage has no such directory.
     */
    Optional<ReproducibleLayer.Layers> cut(
            CacheDir dir, Path workDir, int maxLayers, ReproducibleLayer.Previous previous) throws IOException {
        Optional<InputStream> tar = engine.copyFrom(container, dir.absolutePath());
        if (tar.isEmpty()) {
            return Optional.empty();
        }
        String layerPath = dir.layerPath();
        String basename = layerPath.substring(layerPath.lastIndexOf('/') + 1);
        try (InputStream in = tar.get()) {
            return Optional.of(ReproducibleLayer.cut(
                    in,
                    basename,
                    layerPath,
                    workDir,
                    ReproducibleLayer.Cut.forDirectory(maxLayers, layerPath),
                    previous));
        }
    }

    /**
     * Removes the container, also on a thread just interrupted (a stopped build): the engine call would fail at once
     * with the interrupt still set, and the container would keep the stage image from being removed. The interrupt
     * is set again afterwards.
     */
    @Override
    public void close() throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            engine.removeContainer(container);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
