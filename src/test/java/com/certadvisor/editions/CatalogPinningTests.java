package com.certadvisor.editions;

import java.util.ArrayList;
import java.util.List;

import com.certadvisor.catalog.Catalog;
import com.certadvisor.catalog.CatalogSource;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static com.certadvisor.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogPinningTests {

	private final CountingPins catalogs = new CountingPins();

	private final CatalogPinning filter = new CatalogPinning(this.catalogs);

	/** How many pins were held while the rest of the chain ran. */
	private final List<Integer> heldDuringTheChain = new ArrayList<>();

	private void serve(MockHttpServletRequest request) throws Exception {
		this.filter.doFilter(request, new MockHttpServletResponse(),
				(req, res) -> this.heldDuringTheChain.add(this.catalogs.held));
	}

	@Test
	void holdsOnePinWhileTheRequestIsServedAndReleasesItAfter() throws Exception {
		serve(new MockHttpServletRequest());
		assertThat(this.heldDuringTheChain).containsExactly(1);
		assertThat(this.catalogs.held).isZero();
	}

	@Test
	void releasesThePinWhenTheRequestFails() {
		assertThatExceptionOfType(ServletException.class).isThrownBy(
				() -> this.filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> {
					throw new ServletException("handler failed");
				}));
		assertThat(this.catalogs.held).isZero();
	}

	@Test
	void pinsErrorPagesToo() throws Exception {
		MockHttpServletRequest errorPage = new MockHttpServletRequest();
		errorPage.setDispatcherType(DispatcherType.ERROR);
		serve(errorPage);
		assertThat(this.heldDuringTheChain).containsExactly(1);
	}

	/** A fixed catalog that counts the pins held on it. */
	private static final class CountingPins implements CatalogSource {

		private int held;

		@Override
		public Catalog current() {
			return CATALOG;
		}

		@Override
		public Pin pin() {
			this.held++;
			return () -> this.held--;
		}

	}

}
