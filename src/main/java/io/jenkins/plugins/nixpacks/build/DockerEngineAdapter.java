package io.jenkins.plugins.nixpacks.build;

final class DockerEngineAdapter {
    private DockerEngineAdapter() {}

    // TEMPORARY: wired to io.jenkins.plugins.nixpacks.docker.DockerEngine once that package lands.
    static Engine connect(String dockerHost) {
        throw new UnsupportedOperationException("docker engine adapter not wired yet");
    }
}
