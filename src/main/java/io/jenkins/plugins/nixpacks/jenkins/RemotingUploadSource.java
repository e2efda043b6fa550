package io.jenkins.plugins.nixpacks.jenkins;

import hudson.remoting.RemoteInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * What the controller exports to the agent: the store's tars as {@link RemoteInputStream}s, which a proxy call can
 * return (the result of a remote call must be serializable). Greedy, so a tar of several GB streams at the channel's
 * pace instead of one round trip per read; used locally it reads the file directly.
 */
final class RemotingUploadSource implements UploadSource {
    private final UploadSource local;

    RemotingUploadSource(UploadSource local) {
        this.local = local;
    }

    @Override
    public Map<Integer, Long> arrived() throws IOException {
        return local.arrived();
    }

    @Override
    public InputStream open(int index) throws IOException {
        return new RemoteInputStream(local.open(index), RemoteInputStream.Flag.GREEDY);
    }

    @Override
    public void discard() throws IOException {
        local.discard();
    }
}
