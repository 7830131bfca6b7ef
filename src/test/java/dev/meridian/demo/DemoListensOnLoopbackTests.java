package dev.meridian.demo;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoListensOnLoopbackTests {

	@Test
	void theDefaultDemoModeListensOnLoopbackOnly() {
		assertThat(addressWith()).isEqualTo("127.0.0.1");
	}

	@Test
	void anAddressTheOperatorSetsWins() {
		assertThat(addressWith("server.address", "0.0.0.0")).isEqualTo("0.0.0.0");
	}

	@Test
	void withoutDemoDataTheServerListensWhereSpringBootDoes() {
		assertThat(addressWith("meridian.database.url", "jdbc:postgresql://db:5432/meridian")).isNull();
		assertThat(addressWith("meridian.demo.enabled", "false")).isNull();
	}

	@Test
	void demoDataOnAnExternalDatabaseListensOnLoopbackToo() {
		assertThat(addressWith("meridian.database.url", "jdbc:postgresql://db:5432/meridian", "meridian.demo.enabled",
				"true"))
			.isEqualTo("127.0.0.1");
	}

	private static String addressWith(String... properties) {
		MockEnvironment environment = new MockEnvironment();
		for (int i = 0; i < properties.length; i += 2) {
			environment.setProperty(properties[i], properties[i + 1]);
		}
		new DemoListensOnLoopback().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty("server.address");
	}

}
