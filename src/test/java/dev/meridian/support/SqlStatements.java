package dev.meridian.support;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements one HTTP request sends to the database: every statement
 * prepared or created on any connection of the server's data source, by the thread that
 * serves a request carrying the header {@value #HEADER}. Listeners, pollers and other
 * requests run on other threads and are not counted. Registered in every integration-test
 * server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

	/** The request header whose value names the count. */
	public static final String HEADER = "X-Test-Sql-Count";

	private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

	private static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();

	/** The statements the request with this header value sent, in order. */
	public static List<String> of(String name) {
		return COUNTED.getOrDefault(name, List.of());
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource source && !(bean instanceof Counting) ? new Counting(source) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<Filter> sqlCountingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
			@Override
			public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
					throws IOException, ServletException {
				String name = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
				if (name == null) {
					chain.doFilter(request, response);
					return;
				}
				List<String> statements = new CopyOnWriteArrayList<>();
				COUNTED.put(name, statements);
				CURRENT.set(statements);
				try {
					chain.doFilter(request, response);
				}
				finally {
					CURRENT.remove();
				}
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The data source, its connections noting each statement the counted thread makes.
	 */
	static final class Counting extends DelegatingDataSource implements AutoCloseable {

		Counting(DataSource target) {
			super(target);
		}

		/** The pool's destroy method, {@code close}, reaches the pool. */
		@Override
		public void close() throws Exception {
			if (getTargetDataSource() instanceof AutoCloseable pool) {
				pool.close();
			}
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				List<String> statements = CURRENT.get();
				if (statements != null) {
					switch (method.getName()) {
						case "prepareStatement", "prepareCall" -> statements.add(String.valueOf(args[0]));
						case "createStatement" -> statements.add("(statement)");
						default -> {
						}
					}
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

}
