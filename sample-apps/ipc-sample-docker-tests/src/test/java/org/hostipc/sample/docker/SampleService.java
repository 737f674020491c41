/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package org.hostipc.sample.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * One sample service in its own container. {@link #stop()} and {@link #start()} stop and
 * start the same container, as a restart policy does; its HTTP port is published anew
 * each time, so {@link #baseUrl()} asks the engine.
 *
 * @author hostipc
 */
final class SampleService {

	private final String name;

	private final int port;

	private final GenericContainer<?> container;

	SampleService(String name, ImageFromDockerfile image, int port, Map<String, String> environment,
			Consumer<HostConfig> hostConfig) {
		this.name = name;
		this.port = port;
		this.container = new GenericContainer<>(image).withExposedPorts(port)
			.withEnv(environment)
			.withCreateContainerCmdModifier((command) -> hostConfig.accept(command.getHostConfig()))
			// answering is enough: a service is DOWN until its peers run
			.waitingFor(Wait.forHttp("/actuator/health")
				.forPort(port)
				.forStatusCodeMatching((status) -> status == 200 || status == 503)
				.withStartupTimeout(Duration.ofMinutes(3)));
	}

	String name() {
		return this.name;
	}

	/**
	 * Create and start the container, and wait until the service answers HTTP.
	 */
	void create() {
		this.container.start();
	}

	/**
	 * Stop the container gracefully (SIGTERM, then SIGKILL after 30 seconds), keeping it.
	 */
	void stop() {
		client().stopContainerCmd(this.container.getContainerId()).withTimeout(30).exec();
	}

	/**
	 * Start the stopped container again.
	 */
	void start() {
		client().startContainerCmd(this.container.getContainerId()).exec();
	}

	/**
	 * Write the container's output to a file, then remove the container.
	 * @param logDirectory where to write the output
	 */
	void remove(Path logDirectory) {
		if (this.container.getContainerId() == null) {
			return;
		}
		try {
			Files.createDirectories(logDirectory);
			Files.writeString(logDirectory.resolve(this.name + ".log"), this.container.getLogs());
		}
		catch (IOException | RuntimeException ex) {
			// the output only helps diagnose failures: remove the container anyway
		}
		this.container.stop();
	}

	/**
	 * Return the address of the service's HTTP port as published now.
	 * @return the base URL
	 */
	String baseUrl() {
		Ports.Binding[] bindings = client().inspectContainerCmd(this.container.getContainerId())
			.exec()
			.getNetworkSettings()
			.getPorts()
			.getBindings()
			.get(ExposedPort.tcp(this.port));
		if (bindings == null || bindings.length == 0) {
			throw new IllegalStateException(this.name + " publishes no port now (is it running?)");
		}
		return "http://" + this.container.getHost() + ":" + bindings[0].getHostPortSpec();
	}

	String containerId() {
		return this.container.getContainerId();
	}

	private DockerClient client() {
		return this.container.getDockerClient();
	}

}
