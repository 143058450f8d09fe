// Small hand-written word lists (part of Lede, same licence as the code) for the gazetteer
// categories no openly licensed npm package covers: organisation words, titles, demonyms, and a
// few well-known government bodies, news organisations and international organisations.
// They are features for the tagger, never answers on their own.

export const ORG_WORDS = `Agency Alliance Army Assembly Association Authority Bank Board Bureau Cabinet Centre Center Chamber
Church Club Coalition College Command Commission Committee Company Confederation Congress Corporation Corp Corp. Corps Council
Court Department Directorate Federation Forces Foundation Front Fund Group Guard Holdings Inc Inc. Institute Institution League
Ltd Ltd. LLC Media Ministry Movement Navy Network Office Organisation Organization Parliament Party Police Press Railways
School Senate Service Services Society Systems Team Trust Tribunal Union United University Airlines Airways Motors Bancorp
Partners Capital Energy Pharmaceuticals Technologies Industries Brigade Battalion Regiment Division Militia Hezbollah`;

export const TITLES = `President Vice Prime Minister Secretary Senator Sen. Representative Rep. Governor Gov. Mayor Chancellor
King Queen Prince Princess Pope Cardinal Bishop Archbishop Rev. Reverend Sheikh Ayatollah General Gen. Colonel Col. Lieutenant
Lt. Major Maj. Captain Capt. Sergeant Sgt. Admiral Adm. Commander Cmdr. Chief Director Chairman Chairwoman Chair CEO Spokesman
Spokeswoman Spokesperson Ambassador Judge Justice Attorney Prosecutor Detective Officer Inspector Commissioner Dr. Doctor Professor
Prof. Mr. Mrs. Ms. Miss Sir Dame Lord Lady Speaker Leader Deputy Minister Emir Sultan Premier Coach Manager Striker Goalkeeper
Midfielder Defender Coach`;

export const DEMONYMS = `American Americans British Chinese Russian Russians French German Germans Japanese Iranian Iranians
Iraqi Iraqis Syrian Syrians Israeli Israelis Palestinian Palestinians Ukrainian Ukrainians Indian Indians Pakistani Pakistanis
Afghan Afghans Saudi Saudis Egyptian Egyptians Turkish Turk Turks Jordanian Lebanese Yemeni Houthi Houthis Kurdish Kurds Arab Arabs
European Europeans African Africans Asian Asians Canadian Canadians Mexican Mexicans Brazilian Brazilians Argentine Australian
Australians Italian Italians Spanish Spaniards Dutch Belgian Swiss Swedish Swede Norwegian Danish Finnish Polish Pole Poles Czech
Hungarian Romanian Bulgarian Greek Greeks Serb Serbs Serbian Croat Croatian Bosnian Albanian Korean Koreans Vietnamese Thai
Filipino Indonesian Malaysian Nigerian Nigerians Kenyan Kenyans Ethiopian Somali Sudanese Libyan Tunisian Algerian Moroccan
Venezuelan Colombian Chilean Peruvian Cuban Cubans Irish Scottish Scot Scots Welsh English Western Eastern Soviet Islamic Muslim
Muslims Christian Christians Jewish Jews Catholic Catholics Sunni Shiite Shia Republican Republicans Democrat Democrats Democratic
Taiwanese Belarusian Georgian Armenian Azerbaijani Kazakh Uzbek Qatari Emirati Bahraini Omani Kuwaiti Latin Nordic`;

/** Multi-word and single-word names, one per line. */
export const GOV_BODIES = `White House
Pentagon
Kremlin
Congress
Senate
House of Representatives
Supreme Court
State Department
Justice Department
Defense Department
Department of Defense
Department of State
Department of Justice
Department of Homeland Security
Treasury
Federal Reserve
Federal Bureau of Investigation
FBI
Central Intelligence Agency
CIA
National Security Agency
Environmental Protection Agency
Food and Drug Administration
Securities and Exchange Commission
Internal Revenue Service
Downing Street
Home Office
Foreign Office
Parliament
House of Commons
House of Lords
Bundestag
Knesset
Duma
European Commission
European Parliament
Elysee
Ministry of Defence
Ministry of Foreign Affairs
Foreign Ministry
Defence Ministry
Defense Ministry
Interior Ministry
Health Ministry
Finance Ministry`;

export const NEWS_ORGS = `Reuters
Associated Press
AP
Agence France-Presse
AFP
Bloomberg
BBC
CNN
Fox News
NBC
NBC News
CBS
CBS News
ABC
ABC News
MSNBC
NPR
PBS
Al Jazeera
The New York Times
New York Times
The Washington Post
Washington Post
The Wall Street Journal
Wall Street Journal
USA Today
Los Angeles Times
The Guardian
Financial Times
The Times
The Economist
Politico
Axios
The Hill
Newsweek
Time
Xinhua
Tass
Interfax
Yonhap
Kyodo
Sky News
Daily Mail
The Telegraph
Le Monde
Der Spiegel`;

export const INTL_ORGS = `United Nations
UN
U.N.
Security Council
UN Security Council
General Assembly
NATO
European Union
EU
World Bank
International Monetary Fund
IMF
World Health Organization
WHO
World Trade Organization
WTO
International Atomic Energy Agency
IAEA
Red Cross
International Committee of the Red Cross
Amnesty International
Human Rights Watch
OPEC
African Union
Arab League
ASEAN
G7
G20
Interpol
International Criminal Court
UNICEF
UNESCO
Organization for Security and Co-operation in Europe
OSCE
International Olympic Committee
IOC
FIFA
UEFA`;

/** Words (lower case) that often head a capitalised place or organisation but are not names. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export function lines(list: string): string[] {
  return list.split('\n').map((l) => l.trim()).filter(Boolean);
}
