package io.jenkins.plugins.nixpacks.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byte pipe of our own between a client and a server on this machine, with faults on demand: cut the body of a
 * registry blob upload after some bytes, hold every connection without forwarding a byte, or drop everything at once.
 * Listens on 127.0.0.1 (TCP) or on a Unix socket, so it can stand in front of the registry, the cache receiver or a
 * Docker engine without touching them. Test helper.
 */
public final class FaultProxy implements AutoCloseable {
    /** The request line of the PUT that carries a blob's bytes (monolithic upload, as the registry client does). */
    private static final Pattern BLOB_PUT = Pattern.compile("PUT /v2/\\S+/blobs/uploads/\\S*");

    private enum Mode {
        PASS,
        CUT_BLOB_PUT,
        HOLD,
        DEAD
    }

    private final ServerSocketChannel server;
    private final SocketAddress target;
    private final String address;
    private final Path socketFile;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger cuts = new AtomicInteger();
    private final CountDownLatch firstConnection = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(1);
    private final Thread acceptor;
    private volatile Mode mode = Mode.PASS;
    private volatile long cutAfter;

    private FaultProxy(ServerSocketChannel server, SocketAddress target, String address, Path socketFile) {
        this.server = server;
        this.target = target;
        this.address = address;
        this.socketFile = socketFile;
        this.acceptor = new Thread(this::accept, "fault-proxy " + address);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy on a free loopback port in front of {@code 127.0.0.1:targetPort}. */
    public static FaultProxy tcp(int targetPort) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        ServerSocketChannel s = ServerSocketChannel.open();
        s.bind(new InetSocketAddress(loopback, 0));
        int port = ((InetSocketAddress) s.getLocalAddress()).getPort();
        return new FaultProxy(s, new InetSocketAddress(loopback, targetPort), "127.0.0.1:" + port, null);
    }

    /** A proxy listening on the Unix socket {@code socket} in front of the Unix socket {@code target}. */
    public static FaultProxy unix(Path socket, Path target) throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(socket));
        return new FaultProxy(s, UnixDomainSocketAddress.of(target), "unix://" + socket, socket);
    }

    /** {@code 127.0.0.1:<port>} or {@code unix:///path}. */
    public String address() {
        return address;
    }

    public int port() {
        return ((InetSocketAddress) localAddress()).getPort();
    }

    /** From now on, every blob upload PUT is cut off after about {@code bytes} bytes of its request. */
    public void cutBlobUploadsAfter(long bytes) {
        cutAfter = bytes;
        mode = Mode.CUT_BLOB_PUT;
    }

    /**
     * From now on nothing is forwarded either way: new connections are accepted and held open, open ones stop at
     * their next bytes. The peer waits, as for a server that hangs.
     */
    public void hold() {
        mode = Mode.HOLD;
    }

    /** Waits until some bytes or a connection are being held; false if none within {@code seconds}. */
    public boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    /** Drops every open connection, and every later one as soon as it comes: the server has gone away. */
    public void killAll() {
        mode = Mode.DEAD;
        for (SocketChannel c : open) {
            closeQuietly(c);
        }
    }

    /** How many blob uploads were cut. */
    public int cuts() {
        return cuts.get();
    }

    public int connections() {
        return connections.get();
    }

    /** Waits for the first client to connect; false if none came within {@code seconds}. */
    public boolean awaitConnection(long seconds) throws InterruptedException {
        return firstConnection.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        killAll();
        server.close();
        acceptor.interrupt();
        if (socketFile != null) {
            Files.deleteIfExists(socketFile);
        }
    }

    private SocketAddress localAddress() {
        try {
            return server.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("proxy " + address + " is closed", e);
        }
    }

    private void accept() {
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            connections.incrementAndGet();
            firstConnection.countDown();
            open.add(client);
            Mode now = mode;
            if (now == Mode.DEAD) {
                closeQuietly(client);
                continue;
            }
            if (now == Mode.HOLD) {
                held.countDown();
                continue; // kept open, never read: the client's bytes pile up in the socket buffers
            }
            SocketChannel upstream;
            try {
                upstream = target instanceof UnixDomainSocketAddress
                        ? SocketChannel.open(StandardProtocolFamily.UNIX)
                        : SocketChannel.open();
                upstream.connect(target);
            } catch (IOException e) {
                closeQuietly(client);
                continue;
            }
            open.add(upstream);
            start("up", () -> pipe(client, upstream, true));
            start("down", () -> pipe(upstream, client, false));
        }
    }

    private void start(String name, Runnable r) {
        Thread t = new Thread(r, "fault-proxy " + address + " " + name);
        t.setDaemon(true);
        t.start();
    }

    /** Copies one direction; in cut mode watches the client's requests for a blob upload and cuts it short. */
    private void pipe(SocketChannel from, SocketChannel to, boolean fromClient) {
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        StringBuilder recent = new StringBuilder();
        long budget = -1; // bytes still allowed through for the blob upload being cut; -1: none seen
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (mode == Mode.HOLD && from.isOpen()) {
                    held.countDown();
                    Thread.sleep(50);
                }
                if (fromClient && mode == Mode.CUT_BLOB_PUT) {
                    if (budget < 0) {
                        recent.append(StandardCharsets.ISO_8859_1.decode(buffer.duplicate()));
                        Matcher m = BLOB_PUT.matcher(recent);
                        if (m.find()) {
                            budget = cutAfter;
                            // Only what follows the request line counts towards the budget.
                            int after = recent.length() - m.end();
                            int skip = Math.max(0, buffer.remaining() - after);
                            ByteBuffer head = buffer.duplicate();
                            head.limit(head.position() + skip);
                            writeFully(to, head);
                            buffer.position(buffer.position() + skip);
                            recent.setLength(0);
                        } else if (recent.length() > 2048) {
                            recent.delete(0, recent.length() - 1024);
                        }
                    }
                    if (budget >= 0) {
                        if (buffer.remaining() > budget) {
                            buffer.limit(buffer.position() + (int) budget);
                            writeFully(to, buffer);
                            cuts.incrementAndGet();
                            closeQuietly(from);
                            closeQuietly(to);
                            return;
                        }
                        budget -= buffer.remaining();
                    }
                }
                writeFully(to, buffer);
                buffer.clear();
            }
            // Half close, so a client that shut its output still gets the answer.
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(from);
            closeQuietly(to);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void writeFully(SocketChannel to, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            to.write(b);
        }
    }

    private static void closeQuietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }
}
