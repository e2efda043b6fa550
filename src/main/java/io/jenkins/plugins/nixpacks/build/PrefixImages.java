package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The images that are prefixes of a layer-cache image: the setup image ({@link SetupImage}, the setup steps) and the
 * install image ({@link NpmIncremental}, the stage up to {@code npm ci}). Each is pushed as the stage's own parent (a
 * manifest: its blobs are the stage's) and pulled by digest when the layer-cache image itself is not worth pulling.
 * Both only speed a build up further, so every failure is a line in the log, never a fault.
 */
final class PrefixImages {

    /** The prefixes of a stage to publish, each null when it is not published. */
    record Prefixes(SetupImage.Prelude setup, SetupImage.Prelude install) {}

    private final CacheSession cache;
    private final BuildLog log;

    PrefixImages(CacheSession cache, BuildLog log) {
        this.cache = cache;
        this.log = log;
    }

    /**
     * The install image of {@code source}'s layer-cache image, pulled (pinned), or null when it is absent, unreadable
     * or not the first layers of that image ({@code stageDiffIds}): it must be the install of the very build the
     * record describes.
     */
    ImageReference pullDeps(Engine engine, ImageReference source, List<String> stageDiffIds)
            throws InterruptedException {
        ImageReference deps = NpmIncremental.nameFor(source);
        long t0 = System.nanoTime();
        try {
            RegistryClient registry = cache.registry(deps);
            Optional<RegistryClient.Manifest> m = registry.fetchManifest(deps);
            if (m.isEmpty()) {
                log.line("layer cache: " + deps + " does not exist yet; npm ci runs");
                return null;
            }
            List<String> ids = new ArrayList<>();
            registry.fetchConfig(deps.repository(), m.get(), LayerLookup.MAX_CONFIG)
                    .ifPresent(c -> c.path("rootfs").path("diff_ids").forEach(d -> ids.add(d.asText())));
            if (ids.isEmpty()
                    || ids.size() >= stageDiffIds.size()
                    || !stageDiffIds.subList(0, ids.size()).equals(ids)) {
                log.line("layer cache: " + deps + " is not the install of " + LayerCache.nameFor(source)
                        + " (its layers are not that image's first ones); npm ci runs");
                return null;
            }
            ImageReference pinned = deps.withDigest(m.get().digest());
            engine.pull(pinned, cache.auth(), p -> log.line("layer cache: " + p));
            log.line("layer cache: pulled the previous install " + deps + " ("
                    + m.get().digest().shortHex() + ") in " + Sizes.seconds((System.nanoTime() - t0) / 1_000_000)
                    + "; npm install runs on it");
            return pinned;
        } catch (IOException | RuntimeException e) {
            log.line("layer cache: the previous install " + deps + " cannot be pulled (" + e.getMessage()
                    + "); npm ci runs");
            return null;
        }
    }

    /** The setup image of {@code source}'s layer-cache image pulled (pinned), or null. */
    ImageReference pullSetup(Engine engine, ImageReference source) throws InterruptedException {
        ImageReference setup = SetupImage.nameFor(source);
        long t0 = System.nanoTime();
        try {
            Optional<RegistryClient.Manifest> m = cache.registry(setup).fetchManifest(setup);
            if (m.isEmpty()) {
                log.line("layer cache: " + setup + " does not exist yet; the setup steps run");
                return null;
            }
            ImageReference pinned = setup.withDigest(m.get().digest());
            engine.pull(pinned, cache.auth(), p -> log.line("layer cache: " + p));
            log.line("layer cache: pulled the setup steps " + setup + " ("
                    + m.get().digest().shortHex() + ") in " + Sizes.seconds((System.nanoTime() - t0) / 1_000_000)
                    + "; they are the build's --cache-from");
            return pinned;
        } catch (IOException | RuntimeException e) {
            // Only a speed-up of a speed-up: a line, not a warning.
            log.line("layer cache: the setup steps " + setup + " cannot be pulled (" + e.getMessage() + "); they run");
            return null;
        }
    }

    /**
     * Pushes the parent of the stage image where {@code prelude} ends as {@code setup} (the build's own name, never a
     * fallback's); {@code what} names it in the log.
     */
    void publish(Engine engine, String stageImage, SetupImage.Prelude prelude, ImageReference setup, String what)
            throws InterruptedException {
        long t0 = System.nanoTime();
        String tagged = null;
        try {
            String id = SetupImage.find(engine, stageImage, prelude);
            if (id == null) {
                log.line("layer cache: " + setup + " is not pushed: the stage's parents do not end with " + what);
                return;
            }
            engine.tag(id, setup.toString());
            tagged = setup.toString();
            // Its blobs are the stage's first layers, in the registry already: the push sends a manifest.
            String digest = engine.push(setup, cache.auth(), log);
            log.line("layer cache: pushed " + what + " as " + setup + " (" + digest + ") in "
                    + Sizes.seconds((System.nanoTime() - t0) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            log.line("layer cache: " + setup + " (" + what + ") was not pushed (" + e.getMessage() + ")");
        } finally {
            if (tagged != null) {
                try {
                    engine.removeImage(tagged); // the tag only: the image is a parent of the stage
                } catch (IOException | RuntimeException e) {
                    log.line("layer cache: could not remove the local tag " + tagged + ": " + e.getMessage());
                }
            }
        }
    }
}
