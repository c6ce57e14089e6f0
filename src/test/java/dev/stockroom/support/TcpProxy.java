package dev.stockroom.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on a free loopback port, put by a test between the application and a server
 * the machine shares (PostgreSQL, Redis), so that the test can take the server away from
 * the application without touching the server: {@link #cut()} drops every connection and
 * refuses new ones, as a restarting server or a broken network would; {@link #restore()}
 * lets connections through again. Other users of the server never notice. It also counts
 * the bytes it has passed on each way, so that a test can see how far a stream has got
 * over the wire.
 */
public final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final ServerSocket server;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	private final AtomicLong toServer = new AtomicLong();

	private final AtomicLong toClient = new AtomicLong();

	private TcpProxy(InetSocketAddress target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "tcp-proxy-" + port());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * @param host the server's host
	 * @param port the server's port
	 * @return a running proxy to it
	 */
	public static TcpProxy to(String host, int port) {
		try {
			return new TcpProxy(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the proxy's port", ex);
		}
	}

	/**
	 * @param jdbcUrl a PostgreSQL JDBC URL such as {@link TestServices#newDatabase()}
	 * gives
	 * @return a running proxy to its server
	 */
	public static TcpProxy toJdbcUrl(String jdbcUrl) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		return to(uri.getHost(), (uri.getPort() != -1) ? uri.getPort() : 5432);
	}

	/**
	 * @param url a URL with a host and port ({@code redis://127.0.0.1:6379},
	 * {@code jdbc:postgresql://127.0.0.1:5432/db?user=postgres})
	 * @return the same URL with this proxy's address in place of the server's
	 */
	public String through(String url) {
		String prefix = url.startsWith("jdbc:") ? "jdbc:" : "";
		URI uri = URI.create(url.substring(prefix.length()));
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		String userInfo = (uri.getRawUserInfo() != null) ? uri.getRawUserInfo() + "@" : "";
		return prefix + uri.getScheme() + "://" + userInfo + "127.0.0.1:" + port()
				+ ((uri.getRawPath() != null) ? uri.getRawPath() : "") + query;
	}

	/**
	 * @return the port the proxy listens on (127.0.0.1)
	 */
	public int port() {
		return this.server.getLocalPort();
	}

	/**
	 * Drops every connection now open (each side sees it reset) and refuses new ones
	 * until {@link #restore()}.
	 */
	public void cut() {
		this.cut = true;
		this.sockets.forEach(this::drop);
	}

	/**
	 * @return how many bytes the proxy has read from clients and passed on to the server
	 */
	public long bytesToServer() {
		return this.toServer.get();
	}

	/**
	 * @return how many bytes the proxy has read from the server and passed on to clients
	 */
	public long bytesToClient() {
		return this.toClient.get();
	}

	/** Lets new connections through again. */
	public void restore() {
		this.cut = false;
	}

	@Override
	public void close() {
		cut();
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (this.cut) {
					reset(client);
					continue;
				}
				Socket upstream = new Socket();
				try {
					upstream.connect(this.target, 5_000);
				}
				catch (IOException ex) {
					reset(client);
					continue;
				}
				this.sockets.add(client);
				this.sockets.add(upstream);
				pump(client, upstream, this.toServer);
				pump(upstream, client, this.toClient);
			}
			catch (IOException ex) {
				// the server socket was closed: the proxy is done
			}
		}
	}

	// Copies one direction until either side fails or ends, then drops both, as a
	// connection through a dying network would end.
	private void pump(Socket from, Socket to, AtomicLong counter) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					counter.addAndGet(read);
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side is gone
			}
			finally {
				drop(from);
				drop(to);
			}
		}, "tcp-proxy-" + port() + "-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void drop(Socket socket) {
		this.sockets.remove(socket);
		reset(socket);
	}

	// Closes with a reset (linger 0) rather than an orderly FIN: the peer's next read or
	// write fails at once instead of waiting for more data.
	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
