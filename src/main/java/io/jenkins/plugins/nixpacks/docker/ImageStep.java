package io.jenkins.plugins.nixpacks.docker;

/**
 * The step that made a locally built image.
 *
 * @param parent the parent image's id; null for a pulled or base image
 * @param createdBy the command the classic builder recorded for the step ({@code /bin/sh -c #(nop) COPY ...}, or a
 *     RUN's command, build arguments in scope first)
 */
public record ImageStep(String parent, String createdBy) {}
