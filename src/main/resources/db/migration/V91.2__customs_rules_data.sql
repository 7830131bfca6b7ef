-- Commerce (i12): the customs rules and default duty rates Meridian ships with, reviewed
-- against the sources named on each row (docs/commerce-customs-and-money.md lists them
-- with their licences). Rows marked estimate = true carry a representative figure, not
-- the law for every product: admins replace them through /api/v1/commerce/customs-rules
-- and /api/v1/commerce/duty-rates. Thresholds are in the rule's currency and compared
-- with the goods' value (excluding shipping), times customs_value_factor.

-- European Union member states: the same thresholds, each state's standard VAT rate.
-- Sellers are assumed to be registered for IOSS (VAT collected at checkout up to EUR 150).
insert into customs_rule (code, country, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value, low_value_duty_per_line,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
select s.country || '-' || p.suffix, s.country, p.valid_from, p.valid_to, 'EUR', 150, p.tax_de_minimis,
       'VAT', s.vat, p.seller_up_to, p.scheme, true, p.flat_duty,
       6.00, 'carrier disbursement fee (representative estimate)', false, p.source, p.url,
       p.notes || ' Standard VAT rate of ' || s.country || ': ' || (s.vat * 100)::numeric(5, 2) || ' % (European Commission, VAT rates in the EU, taxation-customs.ec.europa.eu). The carrier fee is a representative estimate, not a tariff.'
from (values ('DE', 0.19), ('FR', 0.20), ('IT', 0.22), ('ES', 0.21), ('NL', 0.21), ('IE', 0.23),
             ('AT', 0.20), ('BE', 0.21), ('PL', 0.23), ('SE', 0.25)) as s(country, vat)
cross join (values
    ('2010', date '2010-01-01', date '2021-06-30', 22.00, null::numeric, null::numeric, 'none (low value consignment relief)',
     'Council Regulation (EC) No 1186/2009, art. 23 (duty relief up to EUR 150); Council Directive 2009/132/EC, art. 23 (import VAT relief up to EUR 10-22)',
     'https://eur-lex.europa.eu/eli/reg/2009/1186/oj',
     'Before the e-commerce VAT package: no duty up to EUR 150, no import VAT up to EUR 22.'),
    ('2021-07', date '2021-07-01', date '2026-06-30', null, 150, null, 'IOSS (Import One-Stop Shop)',
     'Council Directive (EU) 2017/2455 and (EU) 2019/1995 (VAT e-commerce package, IOSS); Council Regulation (EC) No 1186/2009, art. 23',
     'https://vat-one-stop-shop.ec.europa.eu/one-stop-shop/declare-and-pay-oss/import-one-stop-shop-ioss_en',
     'From 1 July 2021 every import pays VAT; up to EUR 150 intrinsic value the IOSS-registered seller collects it at checkout and no duty is due; above, the carrier collects duty and import VAT.'),
    ('2026-07', date '2026-07-01', null, null, 150, 3.00, 'IOSS; interim EUR 3 flat duty per tariff line',
     'Council of the EU (ECOFIN, 12 Dec 2025; adopted 11 Feb 2026): interim flat customs duty of EUR 3 per item category in consignments up to EUR 150, 1 Jul 2026 to 1 Jul 2028; as explained by the Lithuanian customs authority',
     'https://mano.muitine.lt/en/knowledge-bank/focus/e-commerce-eu3-flat-rate-customs-duty',
     'From 1 July 2026 the EUR 150 duty relief is replaced by EUR 3 per distinct tariff heading in the parcel (counted here by the first six digits of the HS code), until the EU customs data hub (expected 2028); the separate handling fee under discussion is not modelled.')
) as p(suffix, valid_from, valid_to, tax_de_minimis, seller_up_to, flat_duty, scheme, source, url, notes);

-- Finland changed its standard rate on 1 Sep 2024 (24 % to 25.5 %).
insert into customs_rule (code, country, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value, low_value_duty_per_line,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values
 ('FI-2021-07', 'FI', '2021-07-01', '2024-08-31', 'EUR', 150, null, 'VAT', 0.24, 150, 'IOSS (Import One-Stop Shop)', true, null,
  6.00, 'carrier disbursement fee (representative estimate)', false,
  'Council Directive (EU) 2017/2455 and (EU) 2019/1995 (IOSS); Finnish Tax Administration (vero.fi), standard VAT rate 24 %',
  'https://www.vero.fi/en/businesses-and-corporations/taxes-and-charges/vat/rates-of-vat/', 'Standard VAT rate 24 % until 31 Aug 2024.'),
 ('FI-2024-09', 'FI', '2024-09-01', '2026-06-30', 'EUR', 150, null, 'VAT', 0.255, 150, 'IOSS (Import One-Stop Shop)', true, null,
  6.00, 'carrier disbursement fee (representative estimate)', false,
  'Council Directive (EU) 2017/2455 and (EU) 2019/1995 (IOSS); Finnish Tax Administration (vero.fi), standard VAT rate 25.5 % from 1 Sep 2024',
  'https://www.vero.fi/en/businesses-and-corporations/taxes-and-charges/vat/rates-of-vat/', 'Standard VAT rate 25.5 % from 1 Sep 2024.'),
 ('FI-2026-07', 'FI', '2026-07-01', null, 'EUR', 150, null, 'VAT', 0.255, 150, 'IOSS; interim EUR 3 flat duty per tariff line', true, 3.00,
  6.00, 'carrier disbursement fee (representative estimate)', false,
  'Council of the EU (ECOFIN, 12 Dec 2025; adopted 11 Feb 2026): interim EUR 3 flat duty per item category up to EUR 150; vero.fi, VAT 25.5 %',
  'https://mano.muitine.lt/en/knowledge-bank/focus/e-commerce-eu3-flat-rate-customs-duty', 'See the EU rows.');

-- Reunion (FR-RE): in the EU customs territory but outside the EU VAT area, so IOSS does
-- not apply; local VAT 8.5 % and octroi de mer are collected at import.
insert into customs_rule (code, country, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value, local_tax_name, local_tax_rate,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values ('RE-2021', 'RE', '2021-01-01', null, 'EUR', 150, null, 'VAT', 0.085, null, 'import (no IOSS outside the EU VAT area)', true,
  'octroi de mer and octroi de mer regional (representative estimate)', 0.095,
  10.00, 'carrier disbursement fee (representative estimate)', true,
  'Code general des impots, art. 296 (VAT 8.5 % in Guadeloupe, Martinique and Reunion); Loi n° 2004-639 relative a l''octroi de mer; rates set by the Region Reunion per product',
  'https://www.douane.gouv.fr/fiche/octroi-de-mer',
  'ESTIMATE: octroi de mer rates are set per product by the regional council (0 % to over 30 %, plus up to 2.5 % regional); 9.5 % is a representative figure. Applied whenever import tax is collected.');

-- United Kingdom
insert into customs_rule (code, country, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values
 ('GB-2010', 'GB', '2010-01-01', '2020-12-31', 'GBP', 135, 15, 'VAT', 0.20, null, 'none (low value consignment relief)', true,
  8.00, 'carrier handling fee (representative estimate)', false,
  'HMRC Notice 143 (withdrawn 2021): low value consignment relief up to GBP 15; EU duty relief (EUR 150, GBP 135)',
  'https://www.gov.uk/guidance/changes-to-vat-treatment-of-overseas-goods-sold-to-customers-from-1-january-2021',
  'Until 31 Dec 2020 imports up to GBP 15 paid no VAT.'),
 ('GB-2021', 'GB', '2021-01-01', null, 'GBP', 135, null, 'VAT', 0.20, 135, 'VAT at the point of sale (goods up to GBP 135)', true,
  8.00, 'carrier handling fee (representative estimate)', false,
  'HMRC: VAT and overseas goods sold directly to customers in the UK (from 1 Jan 2021); customs duty relief for consignments up to GBP 135',
  'https://www.gov.uk/guidance/vat-and-overseas-goods-sold-directly-to-customers-in-the-uk',
  'Consignments of GBP 135 or less: the seller charges UK VAT at the sale, no customs duty (excise goods excepted). Above GBP 135: import VAT and duty at the border, collected by the carrier.');

-- Australia
insert into customs_rule (code, country, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values
 ('AU-2005', 'AU', '2005-01-01', '2018-06-30', 'AUD', 1000, 1000, 'GST', 0.10, null, 'none (low value threshold)', false,
  60.00, 'import processing charge and brokerage (representative estimate)', false,
  'Australian Border Force: low value threshold AUD 1,000 for duty and GST before 1 Jul 2018',
  'https://www.ato.gov.au/businesses-and-organisations/international-tax-for-business/gst-on-imported-goods-and-services/gst-on-low-value-imported-goods',
  'Until 30 Jun 2018 goods of AUD 1,000 or less entered free of duty and GST.'),
 ('AU-2018-07', 'AU', '2018-07-01', null, 'AUD', 1000, null, 'GST', 0.10, 1000, 'GST on low value imported goods (seller, up to AUD 1,000)', false,
  60.00, 'import processing charge and brokerage (representative estimate)', false,
  'Australian Taxation Office: GST on low value imported goods (from 1 Jul 2018); Australian Border Force: duty threshold AUD 1,000',
  'https://www.ato.gov.au/businesses-and-organisations/international-tax-for-business/gst-on-imported-goods-and-services/gst-on-low-value-imported-goods',
  'Goods of AUD 1,000 or less (customs value, excluding shipping): the seller charges 10 % GST at checkout, no duty. Above: duty and GST at the border.');

-- United States (no federal import VAT; state sales tax is outside this model)
insert into customs_rule (code, country, origins, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values
 ('US-2016-03', 'US', '', '2016-03-10', '2025-08-28', 'USD', 800, null, 'none', 0, null, 'section 321 de minimis (USD 800)', false,
  10.00, 'carrier brokerage fee (representative estimate)', false,
  'Trade Facilitation and Trade Enforcement Act of 2015, sec. 901 (19 U.S.C. 1321: USD 800 from 10 Mar 2016)',
  'https://www.cbp.gov/trade/trade-enforcement/tftea/de-minimis',
  'Shipments of USD 800 or less per person per day entered free of duty.'),
 ('US-CN-2025-05', 'US', 'CN,HK', '2025-05-02', '2025-08-28', 'USD', null, null, 'none', 0, null, 'no de minimis for goods from China and Hong Kong', false,
  10.00, 'carrier brokerage fee (representative estimate)', false,
  'Executive Order 14256 (2 Apr 2025), as amended: de minimis ended for goods of China and Hong Kong from 2 May 2025',
  'https://www.cbp.gov/trade/trade-enforcement/tftea/de-minimis',
  'Goods originating in China or Hong Kong paid duty from the first dollar from 2 May 2025.'),
 ('US-2025-08-29', 'US', '', '2025-08-29', null, 'USD', null, null, 'none', 0, null, 'de minimis suspended for all countries', false,
  10.00, 'carrier brokerage fee (representative estimate)', false,
  'Executive Order 14324, Suspending Duty-Free De Minimis Treatment for All Countries (30 Jul 2025), effective 29 Aug 2025',
  'https://www.whitehouse.gov/presidential-actions/2025/07/suspending-duty-free-de-minimis-treatment-for-all-countries/',
  'From 29 Aug 2025 every commercial shipment pays duty from the first dollar, whatever its value or origin. Postal shipments may instead pay a specific per-item duty for a transition period (not modelled).');

-- Canada (GST 5 %; provinces with HST or PST charge more, not modelled)
insert into customs_rule (code, country, origins, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values
 ('CA-2010', 'CA', '', '2010-01-01', '2020-06-30', 'CAD', 20, 20, 'GST', 0.05, null, 'Courier Imports Remission Order (CAD 20)', false,
  9.95, 'carrier handling fee (representative estimate)', false,
  'Courier Imports Remission Order (SOR/85-182) and Postal Imports Remission Order: CAD 20 before CUSMA',
  'https://cbsa-asfc.gc.ca/publications/cn-ad/cn20-18-eng.html',
  'Before 1 Jul 2020 goods of CAD 20 or less were free of duty and taxes, whatever their origin.'),
 ('CA-2020-07', 'CA', '', '2020-07-01', null, 'CAD', 20, 20, 'GST', 0.05, null, 'Courier Imports Remission Order (CAD 20)', false,
  9.95, 'carrier handling fee (representative estimate)', false,
  'CBSA: CUSMA low-value shipment thresholds; Customs Notice 20-18 (goods from countries other than the US and Mexico: CAD 20)',
  'https://cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html',
  'Goods of CAD 20 or less: no duty or tax. Above: duty and GST (HST or PST where the province charges it, not modelled).'),
 ('CA-CUSMA-2020-07', 'CA', 'US,MX', '2020-07-01', null, 'CAD', 150, 40, 'GST', 0.05, null, 'CUSMA courier thresholds (CAD 150 duty, CAD 40 tax)', false,
  9.95, 'carrier handling fee (representative estimate)', false,
  'CBSA Customs Notice 20-18: CUSMA de minimis thresholds for courier imports from the US and Mexico (from 1 Jul 2020)',
  'https://cbsa-asfc.gc.ca/publications/cn-ad/cn20-18-eng.html',
  'Courier goods from the US or Mexico: no duty or tax up to CAD 40, taxes only up to CAD 150, duty and taxes above. Postal shipments keep CAD 20 (not modelled).');

-- Japan (consumption tax 10 % = 7.8 % national + 2.2 % local). For goods bought for
-- personal use the taxable value is 60 % of the overseas retail price.
insert into customs_rule (code, country, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, customs_value_factor, shipping_in_customs_value,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values
 ('JP-2014-04', 'JP', '2014-04-01', '2019-09-30', 'JPY', 10000, 10000, 'consumption tax', 0.08, null, 'tax exemption for small consignments (JPY 10,000)', 0.6, true,
  200, 'customs clearance fee (representative estimate)', false,
  'Japan Customs: Customs Tariff Law, small-value exemption (taxable value JPY 10,000 or less); consumption tax 8 % from 1 Apr 2014',
  'https://www.customs.go.jp/english/summary/imports.htm',
  'Personal-use goods: taxable value = 60 % of the retail price; no duty or consumption tax when the total taxable value is JPY 10,000 or less.'),
 ('JP-2019-10', 'JP', '2019-10-01', null, 'JPY', 10000, 10000, 'consumption tax', 0.10, null, 'tax exemption for small consignments (JPY 10,000)', 0.6, true,
  200, 'customs clearance fee (representative estimate)', false,
  'Japan Customs: Customs Tariff Law, small-value exemption (taxable value JPY 10,000 or less); consumption tax 10 % from 1 Oct 2019',
  'https://www.customs.go.jp/english/summary/imports.htm',
  'Personal-use goods: taxable value = 60 % of the retail price; no duty or consumption tax when the total taxable value is JPY 10,000 or less.');

-- Switzerland: import VAT of CHF 5 or less is not collected; expressed here as the goods
-- value at which VAT reaches CHF 5. Industrial tariffs were abolished on 1 Jan 2024.
insert into customs_rule (code, country, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values
 ('CH-2018', 'CH', '2018-01-01', '2023-12-31', 'CHF', 64.93, 64.93, 'VAT', 0.077, null, 'import VAT not collected up to CHF 5 of tax', true,
  11.50, 'customs clearance fee (representative estimate)', true,
  'Federal Office for Customs and Border Security (BAZG): VAT amounts of CHF 5 or less are not collected; VAT 7.7 % (2018-2023)',
  'https://www.bazg.admin.ch/bazg/en/home/information-private-individuals/postal-and-courier-consignments.html',
  'ESTIMATE: Swiss duties are per kilogram; the CHF 5 tax threshold is given as a goods value (5 / 7.7 %).'),
 ('CH-2024', 'CH', '2024-01-01', null, 'CHF', 61.73, 61.73, 'VAT', 0.081, null, 'import VAT not collected up to CHF 5 of tax', true,
  11.50, 'customs clearance fee (representative estimate)', true,
  'BAZG: VAT amounts of CHF 5 or less are not collected; VAT 8.1 % from 1 Jan 2024; industrial tariffs abolished 1 Jan 2024',
  'https://www.bazg.admin.ch/bazg/en/home/information-private-individuals/postal-and-courier-consignments.html',
  'ESTIMATE: the CHF 5 tax threshold is given as a goods value (5 / 8.1 %). No duty on industrial goods from 2024; agricultural goods still pay (admin-supplied rates).');

-- Norway: VOEC (VAT on E-Commerce) since 1 Apr 2020.
insert into customs_rule (code, country, valid_from, valid_to, currency, duty_de_minimis, tax_de_minimis,
        tax_name, tax_rate, seller_collects_up_to, scheme, shipping_in_customs_value,
        carrier_fee, carrier_fee_name, estimate, source, source_url, notes)
values
 ('NO-2010', 'NO', '2010-01-01', '2020-03-31', 'NOK', 350, 350, 'VAT', 0.25, null, 'none (NOK 350 exemption)', true,
  129.00, 'carrier customs clearance fee (representative estimate)', false,
  'Norwegian Customs (Tolletaten): goods of NOK 350 or less were exempt before VOEC',
  'https://www.toll.no/en/goods/voec---vat-on-e-commerce/',
  'Before 1 Apr 2020 goods of NOK 350 or less (including shipping) paid no VAT or duty.'),
 ('NO-2020-04', 'NO', '2020-04-01', null, 'NOK', 3000, null, 'VAT', 0.25, 3000, 'VOEC (VAT on e-commerce, up to NOK 3,000)', true,
  129.00, 'carrier customs clearance fee (representative estimate)', false,
  'Norwegian Tax Administration and Norwegian Customs: VOEC scheme, goods of NOK 3,000 or less (from 1 Apr 2020)',
  'https://www.toll.no/en/goods/voec---vat-on-e-commerce/',
  'Goods of NOK 3,000 or less: the VOEC-registered seller charges 25 % VAT at checkout, no duty. Above: VAT and duty at the border.');

-- Default duty rates per market (hs_prefix ''): representative estimates, so an estimate
-- above a de minimis is never silently zero. Admins add HS-specific rows.
insert into customs_duty_rate (country, hs_prefix, rate, valid_from, valid_to, estimate, source)
select c, '', 0.04, date '2010-01-01', null::date, true,
       'EU Common Customs Tariff (TARIC): representative rate for consumer goods, estimate'
from unnest(array['DE', 'FR', 'IT', 'ES', 'NL', 'IE', 'AT', 'BE', 'PL', 'SE', 'FI', 'RE']) as c;

-- Apparel (HS chapters 61 and 62): the EU's third-country duty is 12 % for most lines.
insert into customs_duty_rate (country, hs_prefix, rate, valid_from, valid_to, estimate, source)
select c, ch, 0.12, date '2010-01-01', null::date, true,
       'EU Common Customs Tariff (TARIC): 12 % for most lines of chapter ' || ch || ', estimate'
from unnest(array['DE', 'FR', 'IT', 'ES', 'NL', 'IE', 'AT', 'BE', 'PL', 'SE', 'FI', 'RE']) as c
cross join unnest(array['61', '62']) as ch;

insert into customs_duty_rate (country, hs_prefix, rate, valid_from, valid_to, estimate, source)
values
 ('GB', '', 0.04, '2010-01-01', null, true, 'UK Global Tariff: representative rate for consumer goods, estimate'),
 ('GB', '61', 0.12, '2021-01-01', null, true, 'UK Global Tariff: 12 % for most lines of chapter 61, estimate'),
 ('GB', '62', 0.12, '2021-01-01', null, true, 'UK Global Tariff: 12 % for most lines of chapter 62, estimate'),
 ('AU', '', 0.05, '2005-01-01', null, true, 'Australian Customs Tariff: general rate 5 % (0 % for many goods and under free trade agreements), estimate'),
 ('US', '', 0.04, '2010-01-01', '2025-04-04', true, 'Harmonized Tariff Schedule of the United States: representative MFN rate, estimate'),
 ('US', '', 0.10, '2025-04-05', null, true, 'HTSUS representative MFN rate plus the 10 % baseline additional duty of Executive Order 14257, estimate (country-specific rates are higher)'),
 ('CA', '', 0.05, '2010-01-01', null, true, 'Canadian Customs Tariff: representative MFN rate, estimate (CUSMA-originating goods are mostly free)'),
 ('JP', '', 0.05, '2010-01-01', null, true, 'Customs Tariff Schedules of Japan: representative rate, estimate'),
 ('CH', '', 0.02, '2010-01-01', '2023-12-31', true, 'Swiss customs tariff (Tares): duties per kilogram, expressed as a representative share of value, estimate'),
 ('CH', '', 0.00, '2024-01-01', null, true, 'Swiss customs tariff: industrial tariffs abolished 1 Jan 2024; agricultural goods still pay, estimate'),
 ('NO', '', 0.00, '2010-01-01', null, true, 'Norwegian customs tariff: most industrial goods are free; clothing and some foods pay, estimate');
