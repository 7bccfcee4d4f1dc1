/**
 * International organisations and the seats of government news uses for their
 * country ("the Kremlin said"), as participants of a claim. Countries themselves come
 * from the `world-countries` data set (gazetteer.ts); this is what it does not hold.
 */

/** Id (the acronym) -> names it is written as. */
export const ORGANISATIONS: Record<string, string[]> = {
  NATO: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'],
  OSCE: ['OSCE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe', 'Organisation for Security and Cooperation in Europe'],
  EU: ['EU', 'European Union', 'European Commission', 'European Council'],
  UN: ['UN', 'U.N.', 'United Nations', 'UN Security Council', 'Security Council'],
  WHO: ['World Health Organization', 'World Health Organisation'],
  IMF: ['IMF', 'International Monetary Fund'],
  WB: ['World Bank'],
  WTO: ['WTO', 'World Trade Organization', 'World Trade Organisation'],
  OPEC: ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ASEAN: ['ASEAN', 'Association of Southeast Asian Nations'],
  AU: ['African Union'],
  IAEA: ['IAEA', 'International Atomic Energy Agency'],
  ICC: ['International Criminal Court'],
  OECD: ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
  G7: ['G7', 'G-7', 'Group of Seven'],
  G20: ['G20', 'G-20', 'Group of Twenty'],
  ARAB_LEAGUE: ['Arab League'],
  CSTO: ['CSTO', 'Collective Security Treaty Organization'],
};

/** Seat of government -> ISO 3166 alpha-3 code of its country. */
export const SEATS_OF_GOVERNMENT: Record<string, string> = {
  'White House': 'USA',
  Pentagon: 'USA',
  'State Department': 'USA',
  'Capitol Hill': 'USA',
  Kremlin: 'RUS',
  'Downing Street': 'GBR',
  Whitehall: 'GBR',
  'Élysée': 'FRA',
  Elysee: 'FRA',
  Zhongnanhai: 'CHN',
};

/** Names news still uses that the data set has retired or lacks -> alpha-3 code. */
export const OTHER_COUNTRY_NAMES: Record<string, string> = {
  Turkey: 'TUR',
  Turkish: 'TUR',
  Kiev: 'UKR',
  'Czech Republic': 'CZE',
  Britain: 'GBR',
  Holland: 'NLD',
  Burma: 'MMR',
  Swaziland: 'SWZ',
};
