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

package org.hostipc.local.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of a channel's {@code local} section ({@code ipc.channels.<name>.local.*},
 * over {@code ipc.defaults.local.*}). A setting left unset takes the default of
 * {@link org.hostipc.local.LocalOptions}.
 *
 * <p>
 * Annotated for the configuration metadata of {@code ipc.defaults.local.*}; bound per
 * channel by the IPC auto-configuration, not as a bean of its own.
 *
 * @author hostipc
 */
@ConfigurationProperties("ipc.defaults.local")
public class LocalProperties {

	/**
	 * Name under which the two ends of the channel find each other in the JVM. Defaults
	 * to the channel name.
	 */
	private String address;

	/**
	 * Number of frames a receiver buffers; a sender to a full buffer waits up to the send
	 * timeout, then fails. Defaults to 1024.
	 */
	private Integer capacity;

	/**
	 * For publish-subscribe: how many subscribers must be registered for a publish to
	 * proceed (0: publish to whoever is there). Defaults to 1.
	 */
	private Integer minSubscribers;

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Integer getMinSubscribers() {
		return this.minSubscribers;
	}

	public void setMinSubscribers(Integer minSubscribers) {
		this.minSubscribers = minSubscribers;
	}

}
