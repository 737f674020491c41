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

package org.hostipc.benchmarks.subjects;

import org.hostipc.shm.ShmEndpoints;
import org.hostipc.shm.ShmOptions;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.IpcIdleStrategy;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;

/**
 * Ours, transport layer: the shm endpoints of {@link EndpointSubject} with the yield idle
 * strategy in both profiles, so that one run reports the latency (latency profile) and
 * the idle cost (default profile) of the idle strategy between busy-spin and backoff.
 *
 * @author hostipc
 */
final class ShmYieldSubject extends EndpointSubject {

	ShmYieldSubject() {
		super(OurTransport.SHM);
	}

	@Override
	public String id() {
		return "shm-yield";
	}

	@Override
	public String title() {
		return "shm endpoints as `shm`, with the yield idle strategy in both profiles";
	}

	/**
	 * Compared with {@code shm}, the same endpoints with the profile's own idle strategy
	 * (busy-spin, then the default backoff), rather than with a raw baseline that waits
	 * differently.
	 */
	@Override
	public String baselineId() {
		return "shm";
	}

	@Override
	public String idleDescription(boolean busySpin) {
		return "yield (IpcIdleStrategy.YIELD)";
	}

	@Override
	InboundEndpoint inbound(SubjectContext context) {
		return ShmEndpoints.inbound(OurTransport.CHANNEL, MessagingPattern.POINT_TO_POINT, shm(context));
	}

	@Override
	OutboundEndpoint outbound(SubjectContext context) {
		return ShmEndpoints.outbound(OurTransport.CHANNEL, MessagingPattern.POINT_TO_POINT, shm(context));
	}

	private static ShmOptions shm(SubjectContext context) {
		return OurTransport.shm(context, IpcIdleStrategy.YIELD);
	}

}
