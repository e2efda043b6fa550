package io.jenkins.plugins.nixpacks.cache.receiver;

import java.nio.file.Path;

/**
 * One cache directory's tar that arrived complete and valid.
 *
 * @param dirIndex index of the directory in the build's list
 * @param layerPath the directory it holds, e.g. {@code root/.npm}
 * @param file where the tar lies, inside the store's folder
 * @param size bytes received
 * @param sha256 lowercase hex SHA-256 of the bytes received
 * @param entries entries in the tar
 */
public record StoredUpload(int dirIndex, String layerPath, Path file, long size, String sha256, int entries) {}
