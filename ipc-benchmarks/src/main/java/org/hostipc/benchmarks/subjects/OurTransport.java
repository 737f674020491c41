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

import org.hostipc.chronicle.ChronicleEndpoints;
import org.hostipc.chronicle.ChronicleOptions;
import org.hostipc.chronicle.dsl.Chronicle;
import org.hostipc.dsl.IpcInboundChannelAdapterSpec;
import org.hostipc.dsl.IpcOutboundChannelAdapterSpec;
import org.hostipc.shm.dsl.Shm;
import org.hostipc.uds.dsl.Uds;
import org.hostipc.shm.ShmEndpoints;
import org.hostipc.transport.IpcIdleStrategy;
import org.hostipc.shm.ShmOptions;
import org.hostipc.transport.InboundEndpoint;
import org.hostipc.transport.MessagingPattern;
import org.hostipc.transport.OutboundEndpoint;
import org.hostipc.uds.UdsEndpoints;
import org.hostipc.uds.UdsOptions;

/**
 * Our transports and the options the benchmarks use for them: the defaults, except that
 * the latency profile selects the busy-spin idle strategy of the shared-memory rings and
 * of the Chronicle tailer.
 *
 * @author hostipc
 */
enum OurTransport {

	/** Shared-memory rings. */
	SHM("shm", "agrona") {

		@Override
		String idleDescription(boolean busySpin) {
			return busySpin ? "busy-spin (IpcIdleStrategy.BUSY_SPIN)" : "default backoff (IpcIdleStrategy.BACKOFF)";
		}

		@Override
		InboundEndpoint inbound(SubjectContext context) {
			return ShmEndpoints.inbound(CHANNEL, MessagingPattern.POINT_TO_POINT, shm(context));
		}

		@Override
		OutboundEndpoint outbound(SubjectContext context) {
			return ShmEndpoints.outbound(CHANNEL, MessagingPattern.POINT_TO_POINT, shm(context));
		}

		@Override
		IpcInboundChannelAdapterSpec inboundAdapter(SubjectContext context) {
			return Shm.inboundChannelAdapter(CHANNEL, shm(context));
		}

		@Override
		IpcOutboundChannelAdapterSpec outboundAdapter(SubjectContext context) {
			return Shm.outboundChannelAdapter(CHANNEL, shm(context));
		}

	},

	/** Unix domain sockets. */
	UDS("uds", "jdk-uds") {

		@Override
		String idleDescription(boolean busySpin) {
			return "blocking read";
		}

		@Override
		InboundEndpoint inbound(SubjectContext context) {
			return UdsEndpoints.inbound(CHANNEL, MessagingPattern.POINT_TO_POINT, uds(context));
		}

		@Override
		OutboundEndpoint outbound(SubjectContext context) {
			return UdsEndpoints.outbound(CHANNEL, MessagingPattern.POINT_TO_POINT, uds(context));
		}

		@Override
		IpcInboundChannelAdapterSpec inboundAdapter(SubjectContext context) {
			return Uds.inboundChannelAdapter(uds(context));
		}

		@Override
		IpcOutboundChannelAdapterSpec outboundAdapter(SubjectContext context) {
			return Uds.outboundChannelAdapter(uds(context));
		}

	},

	/** Chronicle Queue. */
	CHRONICLE("chronicle", "chronicle-queue") {

		@Override
		String idleDescription(boolean busySpin) {
			return busySpin ? "busy-spin (IpcIdleStrategy.BUSY_SPIN)" : "default backoff (park up to 1 ms)";
		}

		@Override
		InboundEndpoint inbound(SubjectContext context) {
			return ChronicleEndpoints.inbound(CHANNEL, MessagingPattern.POINT_TO_POINT, chronicle(context));
		}

		@Override
		OutboundEndpoint outbound(SubjectContext context) {
			return ChronicleEndpoints.outbound(CHANNEL, MessagingPattern.POINT_TO_POINT, chronicle(context));
		}

		@Override
		IpcInboundChannelAdapterSpec inboundAdapter(SubjectContext context) {
			return Chronicle.inboundChannelAdapter(CHANNEL, chronicle(context));
		}

		@Override
		IpcOutboundChannelAdapterSpec outboundAdapter(SubjectContext context) {
			return Chronicle.outboundChannelAdapter(CHANNEL, chronicle(context));
		}

	};

	static final String CHANNEL = "bench";

	private final String id;

	private final String baselineId;

	OurTransport(String id, String baselineId) {
		this.id = id;
		this.baselineId = baselineId;
	}

	String id() {
		return this.id;
	}

	String baselineId() {
		return this.baselineId;
	}

	abstract String idleDescription(boolean busySpin);

	abstract InboundEndpoint inbound(SubjectContext context);

	abstract OutboundEndpoint outbound(SubjectContext context);

	abstract IpcInboundChannelAdapterSpec inboundAdapter(SubjectContext context);

	abstract IpcOutboundChannelAdapterSpec outboundAdapter(SubjectContext context);

	static ShmOptions shm(SubjectContext context) {
		return shm(context, context.busySpin() ? IpcIdleStrategy.BUSY_SPIN : IpcIdleStrategy.BACKOFF);
	}

	static ShmOptions shm(SubjectContext context, IpcIdleStrategy idleStrategy) {
		return ShmOptions.builder().directory(context.directory().resolve("shm")).idleStrategy(idleStrategy).build();
	}

	static UdsOptions uds(SubjectContext context) {
		return UdsOptions.builder(context.directory().resolve("ours.sock")).build();
	}

	static ChronicleOptions chronicle(SubjectContext context) {
		ChronicleOptions.Builder builder = ChronicleOptions.builder().directory(context.queueDirectory());
		if (context.busySpin()) {
			builder.idleStrategy(IpcIdleStrategy.BUSY_SPIN);
		}
		return builder.build();
	}

}
