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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.utility.DockerImageName;

/**
 * The sample services as {@code docker-compose.yml} runs them: a producer and two
 * consumers in separate containers that share a named volume at {@code /ipc} (sockets and
 * queues), and the IPC namespace ({@code /dev/shm}: rings) and process-id namespace of a
 * "pod" container that only holds them, all running as uid 10001.
 *
 * @author hostipc
 */
final class SampleServices implements Startable {

	private static final String SOCKETS = "/ipc/sockets";

	private static final String RINGS = "/dev/shm/hostipc";

	private static final String QUEUES = "/ipc/queues";

	private static final String[] SHM_CHANNELS = { "orders-shm", "quotes-shm", "prices-shm" };

	private final String volume = "hostipc-docker-tests-" + UUID.randomUUID().toString().substring(0, 8);

	private final Path logDirectory;

	private final GenericContainer<?> pod;

	private final SampleService consumer;

	private final SampleService secondConsumer;

	private final SampleService producer;

	/**
	 * Describe the services.
	 * @param name names the directory of the containers' output under
	 * {@code target/docker-logs}
	 */
	SampleServices(String name) {
		this.logDirectory = Path.of("target", "docker-logs", name);
		this.pod = new GenericContainer<>(DockerImageName.parse("eclipse-temurin:17-jre"))
			.withCommand("sleep", "infinity")
			.withCreateContainerCmdModifier(
					(command) -> command.getHostConfig().withIpcMode("shareable").withInit(true));
		this.consumer = new SampleService("consumer-1", SampleImages.consumer(), 8081,
				environment(consumerSettings(RINGS).set("sample.subscriber", "consumer-1")), this::joinPod);
		// the second consumer subscribes to the same publishers; its point-to-point and
		// request-reply channels use sockets, rings and a queue of their own
		ServiceSettings second = consumerSettings(RINGS + "/second")
			.set("ipc.channels.orders.uds.path", SOCKETS + "/orders-2.sock")
			.set("ipc.channels.quotes.uds.path", SOCKETS + "/quotes-2.sock")
			.set("ipc.channels.prices-shm.shm.directory", RINGS)
			.set("ipc.channels.orders-chronicle.chronicle.directory", QUEUES + "/second")
			.set("sample.subscriber", "consumer-2");
		this.secondConsumer = new SampleService("consumer-2", SampleImages.consumer(), 8081, environment(second),
				this::joinPod);
		ServiceSettings producer = new ServiceSettings().set("ipc.directory", SOCKETS)
			.set("sample.queues", QUEUES)
			.set("sample.subscribers", 2)
			.setForChannels("shm.directory", RINGS, SHM_CHANNELS);
		this.producer = new SampleService("producer", SampleImages.producer(), 8080, environment(producer),
				this::joinPod);
	}

	private static ServiceSettings consumerSettings(String pointToPointRings) {
		return new ServiceSettings().set("ipc.directory", SOCKETS)
			.set("sample.queues", QUEUES)
			.setForChannels("shm.directory", pointToPointRings, SHM_CHANNELS);
	}

	private static Map<String, String> environment(ServiceSettings settings) {
		return Map.of("SPRING_APPLICATION_JSON", settings.toJson());
	}

	private void joinPod(HostConfig hostConfig) {
		String pod = "container:" + this.pod.getContainerId();
		hostConfig.withIpcMode(pod).withBinds(new Bind(this.volume, new Volume("/ipc")));
	}

	SampleService consumer() {
		return this.consumer;
	}

	SampleService secondConsumer() {
		return this.secondConsumer;
	}

	SampleService producer() {
		return this.producer;
	}

	List<SampleService> all() {
		return List.of(this.consumer, this.secondConsumer, this.producer);
	}

	@Override
	public void start() {
		client().createVolumeCmd().withName(this.volume).exec();
		try {
			this.pod.start();
			// consumers first: they own the sockets and rings the producer connects to
			this.consumer.create();
			this.secondConsumer.create();
			this.producer.create();
		}
		catch (RuntimeException ex) {
			stop();
			throw ex;
		}
	}

	@Override
	public void stop() {
		List<SampleService> services = all();
		for (int i = services.size() - 1; i >= 0; i--) {
			services.get(i).remove(this.logDirectory);
		}
		this.pod.stop();
		try {
			client().removeVolumeCmd(this.volume).exec();
		}
		catch (NotFoundException ex) {
			// never created
		}
	}

	private static DockerClient client() {
		return DockerClientFactory.instance().client();
	}

}
