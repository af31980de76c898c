package coalition.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j Community DBMS in this JVM with its Bolt connector on a loopback
 * address, for local development and the project's tests. It is a stand-in for
 * a Neo4j server: the Go program talks to it over Bolt like to any other.
 *
 * Usage: Launcher [--home DIR] [--host 127.0.0.1] [--port 7687]
 *                 [--pagecache-mb 512] [--tx-memory-mb 1024]
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(".neo4j/data");
        String host = "127.0.0.1";
        int port = 7687;
        long pagecacheMb = 512;
        long txMemoryMb = 1024;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--home" -> { home = Path.of(need(a, v)); i++; }
                case "--host" -> { host = need(a, v); i++; }
                case "--port" -> { port = Integer.parseInt(need(a, v)); i++; }
                case "--pagecache-mb" -> { pagecacheMb = Long.parseLong(need(a, v)); i++; }
                case "--tx-memory-mb" -> { txMemoryMb = Long.parseLong(need(a, v)); i++; }
                case "-h", "--help" -> { usage(); return; }
                default -> { System.err.println("neo4j-launcher: unknown argument " + a); usage(); System.exit(2); }
            }
        }
        Files.createDirectories(home);
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();
        // Touch the default database so "ready" means queries will be answered.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-launcher: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("neo4j-launcher: Neo4j %s ready on bolt://%s:%d (data %s) in %d ms%n",
                org.neo4j.kernel.internal.Version.getNeo4jVersion(), host, port, home.toAbsolutePath(), ms);
        System.out.flush();
        stopped.await();
    }

    private static String need(String flag, String value) {
        if (value == null) {
            System.err.println("neo4j-launcher: " + flag + " needs a value");
            System.exit(2);
        }
        return value;
    }

    private static void usage() {
        System.out.println("""
                usage: Launcher [--home DIR] [--host 127.0.0.1] [--port 7687]
                                [--pagecache-mb 512] [--tx-memory-mb 1024]
                Runs Neo4j Community with Bolt on HOST:PORT, auth off, data in DIR.
                Stops cleanly on SIGTERM or SIGINT.""");
    }
}
