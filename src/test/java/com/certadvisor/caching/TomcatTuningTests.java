package com.certadvisor.caching;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TomcatTuningTests {

	@Test
	void givesConnectionsAWriteBufferThatHoldsAWholePage() {
		Connector connector = new Connector();
		new TomcatTuning().pageSizedWriteBuffer().customize(connector);
		assertThat(connector.getProperty("socket.appWriteBufSize"))
			.hasToString(String.valueOf(TomcatTuning.WRITE_BUFFER_BYTES));
	}

}
