package com.certadvisor.caching;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.zip.GZIPOutputStream;

import com.certadvisor.web.RequestPipeline;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gzips pages that carry a strong ETag, which Tomcat's own compression leaves alone
 * because it cannot give the compressed bytes their own tag. {@link PageCaching} already
 * derives a separate tag for gzip, so both representations keep strong, distinct ETags.
 */
@Order(RequestPipeline.PAGE_COMPRESSION)
class PageCompression extends OncePerRequestFilter {

	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase().contains("gzip");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!acceptsGzip(request)) {
			chain.doFilter(request, response);
			return;
		}
		Gzipping gzipping = new Gzipping(response);
		try {
			chain.doFilter(request, gzipping);
		}
		finally {
			gzipping.finish();
		}
	}

	private static final class Gzipping extends HttpServletResponseWrapper {

		private @Nullable Boolean compressing;

		private @Nullable GzipStream stream;

		private @Nullable PrintWriter writer;

		Gzipping(HttpServletResponse response) {
			super(response);
		}

		/**
		 * Decided at the first byte: only a 200 page with a strong ETag is compressed.
		 */
		private boolean compressing() {
			if (this.compressing == null) {
				String etag = getHeader(HttpHeaders.ETAG);
				this.compressing = getStatus() == SC_OK && etag != null && !etag.startsWith("W/")
						&& getHeader(HttpHeaders.CONTENT_ENCODING) == null;
				if (this.compressing) {
					setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				}
			}
			return this.compressing;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (!compressing()) {
				return super.getOutputStream();
			}
			if (this.stream == null) {
				this.stream = new GzipStream(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (!compressing()) {
				return super.getWriter();
			}
			if (this.writer == null) {
				this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
			}
			return this.writer;
		}

		@Override
		public void setContentLength(int length) {
			if (!Boolean.TRUE.equals(this.compressing)) {
				super.setContentLength(length);
			}
		}

		@Override
		public void setContentLengthLong(long length) {
			if (!Boolean.TRUE.equals(this.compressing)) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			super.flushBuffer();
		}

		void finish() throws IOException {
			if (this.writer != null) {
				this.writer.close();
			}
			else if (this.stream != null) {
				this.stream.close();
			}
		}

	}

	private static final class GzipStream extends ServletOutputStream {

		private final ServletOutputStream target;

		private final GZIPOutputStream gzip;

		GzipStream(ServletOutputStream target) throws IOException {
			this.target = target;
			this.gzip = new GZIPOutputStream(target, true);
		}

		@Override
		public void write(int b) throws IOException {
			this.gzip.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.gzip.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.gzip.flush();
		}

		@Override
		public void close() throws IOException {
			this.gzip.finish();
			this.target.flush();
		}

		@Override
		public boolean isReady() {
			return this.target.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.target.setWriteListener(listener);
		}

	}

}
