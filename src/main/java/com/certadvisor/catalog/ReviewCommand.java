package com.certadvisor.catalog;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar cert-advisor.jar --review}: prints the catalog's facts due for review
 * and exits, without starting the web application. Reads the catalog the application
 * would ({@code --cert-advisor.catalog.location=…} or
 * {@code CERT_ADVISOR_CATALOG_LOCATION}), with the school file over it
 * ({@code --cert-advisor.school.location=…}); {@code --review=P6M} looks further ahead
 * than the default three months.
 */
public final class ReviewCommand {

	static final String OPTION = "--review";

	static final Period DEFAULT_HORIZON = Period.ofMonths(3);

	private ReviewCommand() {
	}

	/** Whether {@code args} ask for a review. */
	public static boolean requested(String[] args) {
		return option(args).isPresent();
	}

	private static Optional<String> option(String[] args) {
		return Arrays.stream(args).filter((arg) -> arg.equals(OPTION) || arg.startsWith(OPTION + "=")).findFirst();
	}

	/**
	 * Prints the review to {@code out}, or what is wrong with the catalog or the
	 * arguments to {@code err}.
	 * @return the process's exit status: 0 when the review was printed
	 */
	public static int run(String[] args, Clock clock, PrintStream out, PrintStream err) {
		String option = option(args).orElse(OPTION);
		Period horizon;
		try {
			horizon = option.equals(OPTION) ? DEFAULT_HORIZON : Period.parse(option.substring(OPTION.length() + 1));
		}
		catch (DateTimeParseException ex) {
			err.println(
					"--review takes how far ahead to look, such as --review=P6M, not '" + ex.getParsedString() + "'");
			return 2;
		}
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		Binder binder = Binder.get(environment);
		CatalogFiles files = CatalogFiles.of(binder.bindOrCreate("cert-advisor.catalog", CatalogProperties.class),
				binder.bindOrCreate("cert-advisor.school", SchoolProperties.class));
		try {
			Catalog catalog = new CatalogLoader().load(files, files.read(), LocalDate.now(clock));
			out.print(new FactReview(catalog, LocalDate.now(clock), horizon).render());
			return 0;
		}
		catch (InvalidCatalogException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
