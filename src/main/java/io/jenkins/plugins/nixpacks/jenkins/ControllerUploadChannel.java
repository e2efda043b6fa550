package io.jenkins.plugins.nixpacks.jenkins;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.jenkins.plugins.nixpacks.build.UploadChannel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The core's {@link UploadChannel} in Jenkins: build containers upload to the controller's endpoint, and the build
 * on the agent reads what arrived back from the controller through an exported {@link UploadSource}. Built on the
 * controller and serialized to the agent inside the build callable.
 */
final class ControllerUploadChannel implements UploadChannel {
    private static final long serialVersionUID = 1L;

    private final ArrayList<String> layerPaths;
    /** Secrets (each carries a token): never printed, see {@link #toString()}. */
    private final ArrayList<String> uploadUrls;

    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "A remoting proxy, which is serializable")
    private final UploadSource source;

    ControllerUploadChannel(List<String> layerPaths, List<String> uploadUrls, UploadSource source) {
        if (layerPaths.size() != uploadUrls.size()) {
            throw new IllegalArgumentException(
                    layerPaths.size() + " cache directories but " + uploadUrls.size() + " upload URLs");
        }
        this.layerPaths = new ArrayList<>(layerPaths);
        this.uploadUrls = new ArrayList<>(uploadUrls);
        this.source = source;
    }

    @Override
    public List<String> layerPaths() {
        return List.copyOf(layerPaths);
    }

    @Override
    public List<String> uploadUrls() {
        return List.copyOf(uploadUrls);
    }

    @Override
    public Map<Integer, Long> arrived() throws IOException {
        return new TreeMap<>(source.arrived());
    }

    @Override
    public void copyTo(int index, Path target) throws IOException {
        try (InputStream in = source.open(index)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void discard() throws IOException {
        source.discard();
    }

    @Override
    public String toString() {
        return "ControllerUploadChannel" + layerPaths;
    }
}
