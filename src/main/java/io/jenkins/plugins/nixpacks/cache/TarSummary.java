package io.jenkins.plugins.nixpacks.cache;

/**
 * What a validated cache tar held.
 *
 * @param entries files, directories and links, including the parent folders of the cache directory
 * @param contentBytes sum of the entries' sizes
 * @param archiveBytes bytes of the tar stream itself, padding and end marker included
 */
public record TarSummary(int entries, long contentBytes, long archiveBytes) {}
