package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.TreeSet;

import dev.meridian.commerce.customs.CustomsRule;
import dev.meridian.commerce.customs.CustomsRuleData;
import dev.meridian.commerce.customs.DutyRate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reviewed customs rules and default duty rates of
 * {@code db/data/customs-rules-v91.2.json} (commerce, i12). A data file, not SQL, so the
 * unit tests of each market's rules and the benchmark read exactly what is shipped. Like
 * any migration it is never changed after it has landed: new data comes as a new file and
 * a new migration.
 */
public class V91_2__Customs_rules_data extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		CustomsRuleData data = CustomsRuleData.load(CustomsRuleData.V91_2);
		Connection connection = context.getConnection();
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into customs_rule (code, country, origins, valid_from, valid_to, currency, duty_de_minimis,
				tax_de_minimis, tax_name, tax_rate, seller_collects_up_to, scheme, customs_value_factor,
				shipping_in_customs_value, low_value_duty_per_line, local_tax_name, local_tax_rate, carrier_fee,
				carrier_fee_name, estimate, source, source_url, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (CustomsRule rule : data.rules()) {
				insert.setString(1, rule.code());
				insert.setString(2, rule.country());
				insert.setString(3, String.join(",", new TreeSet<>(rule.origins())));
				insert.setDate(4, Date.valueOf(rule.validFrom()));
				insert.setObject(5, (rule.validTo() != null) ? Date.valueOf(rule.validTo()) : null, Types.DATE);
				insert.setString(6, rule.currency());
				insert.setObject(7, rule.dutyDeMinimis(), Types.NUMERIC);
				insert.setObject(8, rule.taxDeMinimis(), Types.NUMERIC);
				insert.setString(9, rule.taxName());
				insert.setBigDecimal(10, rule.taxRate());
				insert.setObject(11, rule.sellerCollectsUpTo(), Types.NUMERIC);
				insert.setString(12, rule.scheme());
				insert.setBigDecimal(13, rule.customsValueFactor());
				insert.setBoolean(14, rule.shippingInCustomsValue());
				insert.setObject(15, rule.lowValueDutyPerLine(), Types.NUMERIC);
				insert.setString(16, rule.localTaxName());
				insert.setObject(17, rule.localTaxRate(), Types.NUMERIC);
				insert.setObject(18, rule.carrierFee(), Types.NUMERIC);
				insert.setString(19, rule.carrierFeeName());
				insert.setBoolean(20, rule.estimate());
				insert.setString(21, rule.source());
				insert.setString(22, rule.sourceUrl());
				insert.setString(23, rule.notes());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into customs_duty_rate (country, hs_prefix, rate, valid_from, valid_to, estimate, source)
				values (?, ?, ?, ?, ?, ?, ?)""")) {
			for (DutyRate rate : data.dutyRates()) {
				insert.setString(1, rate.country());
				insert.setString(2, rate.hsPrefix());
				insert.setBigDecimal(3, rate.rate());
				insert.setDate(4, Date.valueOf(rate.validFrom()));
				insert.setObject(5, (rate.validTo() != null) ? Date.valueOf(rate.validTo()) : null, Types.DATE);
				insert.setBoolean(6, rate.estimate());
				insert.setString(7, rate.source());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
