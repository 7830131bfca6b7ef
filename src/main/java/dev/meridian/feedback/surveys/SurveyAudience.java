package dev.meridian.feedback.surveys;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.meridian.customers.Customer;
import dev.meridian.feedback.FeedbackSettings;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.notifications.NotificationSettings;
import dev.meridian.time.HolidaySource;
import dev.meridian.time.SendingWindow;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Where a customer is and what they read: their market (their own, else the ticket's),
 * their zone (their own, else the market's, else UTC), the language to ask them in, and
 * the window in which they may be written to.
 */
@Component
public class SurveyAudience {

	private final MarketManagement markets;

	private final HolidaySource holidays;

	private final NotificationSettings quietHours;

	private final FeedbackSettings settings;

	SurveyAudience(MarketManagement markets, HolidaySource holidays, NotificationSettings quietHours,
			FeedbackSettings settings) {
		this.markets = markets;
		this.holidays = holidays;
		this.quietHours = quietHours;
		this.settings = settings;
	}

	/** One customer, placed. */
	public record Placed(@Nullable CountryCode market, ZoneId zone, boolean zoneKnown, String language) {
	}

	public Placed place(Customer customer, @Nullable CountryCode ticketMarket, @Nullable LanguageTag ticketLanguage) {
		CountryCode country = customer.market().orElse(ticketMarket);
		Optional<Market> market = country == null ? Optional.empty() : this.markets.find(country);
		Optional<ZoneId> zone = customer.timeZone().or(() -> market.map(Market::timeZone));
		String language = SurveyTexts.languageFor(customer.preferredLanguage(), ticketLanguage,
				market.map(Market::primaryLanguage).orElse(null));
		return new Placed(country, zone.orElse(ZoneOffset.UTC), zone.isPresent(), language);
	}

	public SendingWindow window(@Nullable CountryCode country) {
		return SendingWindow.of(this.quietHours.quietStart(), this.quietHours.quietEnd(), this.holidays, country);
	}

	public SurveyTiming timing(@Nullable CountryCode country) {
		return new SurveyTiming(this.settings.delay(), window(country));
	}

}
