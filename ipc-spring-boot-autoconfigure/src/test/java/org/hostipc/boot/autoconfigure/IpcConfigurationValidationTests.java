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

package org.hostipc.boot.autoconfigure;

import org.hostipc.boot.autoconfigure.gateway.Orders;
import org.hostipc.boot.testsupport.FakeTransport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.annotation.IntegrationComponentScan;

import static org.hostipc.boot.testsupport.StartupFailures.analyze;
import static org.hostipc.boot.testsupport.StartupFailures.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the startup validation of {@code ipc.*} properties.
 *
 * @author hostipc
 */
class IpcConfigurationValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IpcAutoConfiguration.class, IntegrationAutoConfiguration.class))
		.withBean("fakeTransport", FakeTransport.class, () -> new FakeTransport("fake"))
		.withBean("otherTransport", FakeTransport.class, () -> new FakeTransport("other"))
		.withPropertyValues("ipc.directory=/tmp/hostipc-validation");

	private final String[] orders = { "ipc.channels.orders.transport=fake", "ipc.channels.orders.direction=inbound",
			"ipc.channels.orders.pattern=point-to-point", "ipc.channels.orders.auto-startup=false" };

	@Test
	void whenTransportIsMissingThenStartupFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("ipc.channels.orders.direction=inbound", "ipc.channels.orders.pattern=point-to-point")
			.run(failsWith("ipc.channels.orders.transport", "no transport is set",
					"Set 'ipc.channels.orders.transport' to one of 'fake' or 'other'."));
	}

	@Test
	void whenDirectionIsMissingThenStartupFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("ipc.channels.orders.transport=fake", "ipc.channels.orders.pattern=point-to-point")
			.run(failsWith("ipc.channels.orders.direction", "no direction is set", "'inbound'"));
	}

	@Test
	void whenPatternIsMissingThenStartupFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("ipc.channels.orders.transport=fake", "ipc.channels.orders.direction=inbound")
			.run(failsWith("ipc.channels.orders.pattern", "no pattern is set",
					"Set 'ipc.channels.orders.pattern' to one of 'point-to-point', 'publish-subscribe' or 'request-reply'."));
	}

	@Test
	void whenPatternIsUnknownThenBindFailureNamesThePropertyAndTheValidValues() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.pattern=fan-out")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("ipc.channels.orders.pattern").contains("fan-out");
				assertThat(analysis.getAction()).contains("POINT_TO_POINT")
					.contains("PUBLISH_SUBSCRIBE")
					.contains("REQUEST_REPLY");
			});
	}

	@Test
	void whenNoModuleProvidesTheTransportThenStartupFailsNamingTheIdTheAvailableOnesAndTheArtifact() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.transport=carrierpigeon")
			.run(failsWith("ipc.channels.orders.transport",
					"no transport 'carrierpigeon' is on the class path; the transports there are one of 'fake' or 'other'",
					"Add the dependency org.hostipc:ipc-transport-carrierpigeon"));
	}

	@Test
	void whenAChannelKeyIsMisspeltThenStartupFailsNamingItAndTheNearestKey() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.max-mesage-size=64KB")
			.run(failsWith("ipc.channels.orders.max-mesage-size", "is not a known setting",
					"Did you mean 'ipc.channels.orders.max-message-size'?"));
	}

	@Test
	void whenATransportKeyIsMisspeltThenStartupFailsNamingItAndTheNearestKey() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.fake.adress=here")
			.run(failsWith("ipc.channels.orders.fake.adress", "is not a known setting",
					"Did you mean 'ipc.channels.orders.fake.address'?"));
	}

	@Test
	void whenAChannelHasTheSectionOfAnotherTransportThenStartupFailsNamingTheSection() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.other.address=there")
			.run(failsWith("ipc.channels.orders.other",
					"is the section of the 'other' transport, but the channel's transport is 'fake'",
					"Remove the 'ipc.channels.orders.other' settings, or set 'ipc.channels.orders.transport' to 'other'."));
	}

	@Test
	void whenADefaultsKeyIsUnknownThenStartupFailsNamingIt() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.defaults.fake.levle=3")
			.run(failsWith("ipc.defaults.fake.levle", "is not a known setting",
					"Did you mean 'ipc.defaults.fake.level'?"));
	}

	@Test
	void whenATopLevelKeyIsUnknownThenStartupFailsNamingIt() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.chanels.orders.transport=fake")
			.run(failsWith("ipc.chanels", "is not a known setting", "Did you mean 'ipc.channels'?"));
	}

	@Test
	void whenKeysAreWrittenInCamelCaseThenTheyAreKnown() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.maxMessageSize=64KB", "ipc.channels.orders.fake.address=here",
					"ipc.channels.orders.fake.tags[0]=a")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void whenATransportRejectsItsSettingsThenStartupFailsWithItsMessage() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.fake.level=-1")
			.run(failsWith("ipc.channels.orders.fake.level", "must not be negative", "Set it to 0 or more."));
	}

	@Test
	void whenMaxMessageSizeIsZeroThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.max-message-size=0")
			.run(failsWith("ipc.channels.orders.max-message-size", "but was 0B", "1MB"));
	}

	@Test
	void whenMaxMessageSizeIsAboveOneGigabyteThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.max-message-size=2GB")
			.run(failsWith("ipc.channels.orders.max-message-size", "at most 1GB, but was 2GB", "1MB"));
	}

	@Test
	void whenSendTimeoutIsZeroThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.send-timeout=0s")
			.run(failsWith("ipc.channels.orders.send-timeout", "must be a positive duration, but was 0s", "5s"));
	}

	@Test
	void whenReplyTimeoutIsNegativeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.orders)
			.withPropertyValues("ipc.channels.orders.reply-timeout=-1s")
			.run(failsWith("ipc.channels.orders.reply-timeout", "must be a positive duration, but was -1s", "5s"));
	}

	@Test
	void whenChannelNameIsNotAValidBeanNameThenStartupFailsNamingTheChannel() {
		this.contextRunner
			.withPropertyValues("ipc.channels[my.orders].transport=fake", "ipc.channels[my.orders].direction=inbound",
					"ipc.channels[my.orders].pattern=point-to-point")
			.run(failsWith("ipc.channels.my.orders", "'my.orders' is not a valid channel name",
					"starts with a letter"));
	}

	@Test
	void whenChannelNameStartsWithADigitThenStartupFails() {
		this.contextRunner
			.withPropertyValues("ipc.channels.9orders.transport=fake", "ipc.channels.9orders.direction=inbound",
					"ipc.channels.9orders.pattern=point-to-point")
			.run(failsWith("ipc.channels.9orders", "'9orders' is not a valid channel name", "for example 'orders'"));
	}

	@Test
	void whenABeanNamedLikeTheChannelIsNotAChannelThenStartupFailsNamingTheChannel() {
		this.contextRunner.withPropertyValues(this.orders)
			.withBean("orders", String.class, () -> "not a channel")
			.run(failsWith("ipc.channels.orders",
					"a bean named 'orders' already exists and is not a MessageChannel but a java.lang.String",
					"Rename that bean"));
	}

	@Test
	void whenAScannedGatewayHasTheChannelNameThenStartupFailsSuggestingAGatewayName() {
		this.contextRunner.withPropertyValues(this.orders)
			.withUserConfiguration(GatewayScan.class)
			.run(failsWith("ipc.channels.orders", "not a MessageChannel but a " + Orders.class.getName(),
					"@MessagingGateway(name = \"ordersGateway\", defaultRequestChannel = \"orders\")"));
	}

	@Test
	void whenIpcIsDisabledThenInvalidChannelsAreIgnored() {
		this.contextRunner.withPropertyValues("ipc.enabled=false", "ipc.channels.orders.direction=inbound")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("orders.ipcEndpoint"));
	}

	@Configuration(proxyBeanMethods = false)
	@IntegrationComponentScan(basePackageClasses = Orders.class)
	static class GatewayScan {

	}

}
