import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * Starts DynamoDB Local as its own main class does, but listening on 127.0.0.1 only.
 *
 * DynamoDB Local has no host option: DynamoDBProxyServer builds Jetty's Server with a
 * port alone, so its connector binds every interface. This launcher builds the server
 * from the usual command line, sets the connector's host before it starts, and starts
 * it. It runs with Java's source-file launcher (`java LoopbackDynamoDbLocal.java ...`,
 * compiled in memory at start), which needs only a Java runtime with the jdk.compiler
 * module, as Debian's and Ubuntu's openjdk-17-jre-headless ship it. No telemetry is
 * configured, so none is sent.
 */
public final class LoopbackDynamoDbLocal {
  private static final String LOOPBACK = "127.0.0.1";

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    for (Connector connector : jetty.getConnectors()) {
      ((ServerConnector) connector).setHost(LOOPBACK);
    }
    proxy.start();
  }
}
