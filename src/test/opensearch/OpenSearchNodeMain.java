import java.io.IOException;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 2.19 node for the integration tests, run as a source file in a JVM of its
 * own ({@code java -cp <classpath of pom.xml here> OpenSearchNodeMain.java DIR HTTP TCP}).
 * Prints {@code READY} once the cluster is yellow, and stops when its standard input
 * closes: the test JVM that started it closes it on exit, or by dying, so no node outlives
 * its tests.
 */
public class OpenSearchNodeMain {

	public static void main(String[] args) throws IOException {
		String home = args[0];
		String httpPort = args[1];
		String transportPort = args[2];
		OpenSearchRunner runner = new OpenSearchRunner();
		try {
			runner.onBuild((index, settings) -> {
				settings.put("http.port", httpPort);
				settings.put("transport.port", transportPort);
				settings.put("network.host", "127.0.0.1");
				settings.put("discovery.type", "single-node");
				// A test machine's disk may be fuller than OpenSearch's default watermarks.
				settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
			});
			runner.build(OpenSearchRunner.newConfigs().basePath(home).numOfNode(1).clusterName("meridian-tests"));
			runner.ensureYellow();
			System.out.println("READY");
			System.out.flush();
			while (System.in.read() >= 0) {
				// Waits for the end of standard input.
			}
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		finally {
			runner.close();
			runner.clean();
		}
		// OpenSearch leaves threads behind that would keep this JVM alive.
		System.exit(0);
	}

}
