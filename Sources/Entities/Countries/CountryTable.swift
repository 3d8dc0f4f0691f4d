/// The data behind ``CountryGazetteer``: one line a country.
///
/// Fields, separated by `|`: code, Dutch name, other names, uninflected adjectives, demonyms,
/// abbreviations (matched only in capitals), `h` for a former state. Lists are comma-separated.
/// Inflected adjectives (`Grieks` → `Griekse`) and pre-1947 spellings (`Grieksch`, `Grieksche`)
/// are derived by ``CountryGazetteer``.
///
/// Decisions: West Germany (`West-Duitsland`, `Bondsrepubliek`, `BRD`) is `DE`, the same state
/// as today's Germany; the DDR is `DD`. England, Scotland, Wales and Northern Ireland are `GB`.
/// `Birma` is `MM`, `Ceylon` `LK`, `Perzië` `IR`, `Siam` `TH`, `Abessinië` `ET`, `Dahomey` `BJ`,
/// `Opper-Volta` `BF`, `Nederlands-Indië` and plain `Indië` (Dutch colonial usage) `ID`; but
/// Zaïre (`ZR`), Rhodesië (`RH`), the Sovjet-Unie (`SU`), Joegoslavië (`YU`),
/// Tsjechoslowakije (`CS`) and the Nederlandse Antillen (`AN`) keep their former codes.
/// Plain `Congo` is the Democratic Republic (`CD`), plain `Korea` is South Korea (`KR`),
/// `Amerika` is the United States. `Holland` is not mapped: in this corpus it is mostly the
/// province or the historic county.
///
/// Lines with code `--` are stop phrases: matched like names so that their words are consumed,
/// but they name no country (`Zuid-Amerika`, `Noord-Holland`, `Zorginstituut Nederland`).
enum CountryTable {
    static let rows = """
    AD | Andorra | | Andorrees | Andorrezen
    AE | Verenigde Arabische Emiraten | Emiraten | Emiraats | Emirati | VAE
    AF | Afghanistan | | Afghaans | Afghanen, Afghaan
    AG | Antigua en Barbuda | Antigua | Antiguaans
    AI | Anguilla
    AL | Albanië | | Albanees | Albanezen
    AM | Armenië | | Armeens | Armeniërs, Armeniër
    AN | Nederlandse Antillen | Antillen, Nederlandsche Antillen | Antilliaans, Nederlands-Antilliaans, Nederlandsch-Antilliaansch | Antillianen, Antilliaan | | h
    AO | Angola | | Angolees | Angolezen
    AQ | Antarctica | Antarctis
    AR | Argentinië | | Argentijns | Argentijnen
    AS | Amerikaans-Samoa
    AT | Oostenrijk | | Oostenrijks | Oostenrijkers, Oostenrijker
    AU | Australië | | Australisch | Australiërs
    AW | Aruba | | Arubaans | Arubanen
    AX | Åland | Ålandeilanden
    AZ | Azerbeidzjan | Azerbaidzjan | Azerbeidzjaans | Azerbeidzjanen
    BA | Bosnië en Herzegovina | Bosnië-Herzegovina, Bosnië-Hercegovina, Bosnië | Bosnisch | Bosniërs, Bosniër
    BB | Barbados | | Barbadiaans
    BD | Bangladesh
    BE | België | Koninkrijk België | Belgisch | Belgen, Belg
    BF | Burkina Faso | Opper-Volta | Burkinees
    BG | Bulgarije | | Bulgaars | Bulgaren
    BH | Bahrein | Bahrain | Bahreins
    BI | Burundi | | Burundees | Burundezen
    BJ | Benin | Dahomey | Beninees
    BL | Saint-Barthélemy | Sint-Bartholomeus
    BM | Bermuda | Bermuda-eilanden
    BN | Brunei | Brunei Darussalam
    BO | Bolivia | | Boliviaans | Bolivianen
    BQ | Caribisch Nederland | Bonaire, Sint Eustatius, Statia, Saba, BES-eilanden, BES eilanden | Bonairiaans | Bonairianen
    BR | Brazilië | | Braziliaans | Brazilianen
    BS | Bahama's | Bahamas, Bahama, Bahama-eilanden
    BT | Bhutan | | Bhutaans
    BV | Bouveteiland
    BW | Botswana | | Botswaans
    BY | Belarus | Wit-Rusland, Witrusland | Belarussisch, Wit-Russisch | Belarussen, Wit-Russen
    BZ | Belize | | Belizaans
    CA | Canada | | Canadees | Canadezen
    CC | Cocoseilanden
    CD | Democratische Republiek Congo | Congo, Congo-Kinshasa, DR Congo, DRC, Belgisch-Congo | Congolees | Congolezen
    CF | Centraal-Afrikaanse Republiek | | Centraal-Afrikaans
    CG | Congo-Brazzaville | Republiek Congo
    CH | Zwitserland | | Zwitsers | Zwitser
    CI | Ivoorkust | | Ivoriaans | Ivorianen
    CK | Cookeilanden
    CL | Chili | | Chileens | Chilenen
    CM | Kameroen | | Kameroens | Kameroeners
    CN | China | Volksrepubliek China, Chinese Volksrepubliek | Chinees | Chinezen
    CO | Colombia | | Colombiaans | Colombianen
    CR | Costa Rica | | Costa Ricaans
    CS | Tsjechoslowakije | Tsjecho-Slowakije | Tsjechoslowaaks, Tsjecho-Slowaaks | Tsjechoslowaken | CSSR | h
    CU | Cuba | | Cubaans | Cubanen
    CV | Kaapverdië | | Kaapverdisch | Kaapverdianen
    CW | Curaçao
    CX | Christmaseiland
    CY | Cyprus | | Cypriotisch | Cyprioten
    CZ | Tsjechië | Tsjechische Republiek | Tsjechisch | Tsjechen
    DD | Duitse Democratische Republiek | Oost-Duitsland, Oostduitsland | Oost-Duits, Oostduits | Oost-Duitsers | DDR | h
    DE | Duitsland | Bondsrepubliek Duitsland, Bondsrepubliek, Duitse Bondsrepubliek, West-Duitsland, Westduitsland | Duits, West-Duits, Westduits | Duitsers, Duitser | BRD
    DJ | Djibouti | | Djiboutiaans
    DK | Denemarken | | Deens | Denen, Deen
    DM | Dominica
    DO | Dominicaanse Republiek | | Dominicaans
    DZ | Algerije | | Algerijns | Algerijnen
    EC | Ecuador | | Ecuadoraans
    EE | Estland | | Estisch | Esten
    EG | Egypte | | Egyptisch | Egyptenaren
    EH | Westelijke Sahara
    ER | Eritrea | | Eritrees | Eritreeërs
    ES | Spanje | | Spaans | Spanjaarden, Spanjaard
    ET | Ethiopië | Abessinië | Ethiopisch | Ethiopiërs
    FI | Finland | | Fins | Finnen
    FJ | Fiji | Fiji-eilanden
    FK | Falklandeilanden | Falkland-eilanden
    FM | Micronesia | Federale Staten van Micronesia
    FO | Faeröer | Faeröereilanden, Faerøer
    FR | Frankrijk | Franse Republiek | Frans | Fransen, Fransman
    GA | Gabon | | Gabonees
    GB | Verenigd Koninkrijk | Groot-Brittannië, Brittannië, Engeland, Schotland, Wales, Noord-Ierland | Brits, Engels, Schots, Groot-Brittannisch | Britten, Brit, Engelsen, Engelsman | VK, UK
    GD | Grenada
    GE | Georgië | | Georgisch | Georgiërs
    GF | Frans-Guyana
    GG | Guernsey
    GH | Ghana | | Ghanees | Ghanezen
    GI | Gibraltar
    GL | Groenland | | Groenlands | Groenlanders
    GM | Gambia | | Gambiaans
    GN | Guinee | Guinee-Conakry | Guinees
    GP | Guadeloupe
    GQ | Equatoriaal-Guinea | Equatoriaal-Guinee
    GR | Griekenland | Hellas | Grieks | Grieken, Griek
    GS | Zuid-Georgia en de Zuidelijke Sandwicheilanden
    GT | Guatemala | | Guatemalteeks
    GU | Guam
    GW | Guinee-Bissau
    GY | Guyana | | Guyaans
    HK | Hongkong | Hong Kong | Hongkongs
    HM | Heard en McDonaldeilanden
    HN | Honduras | | Hondurees
    HR | Kroatië | | Kroatisch | Kroaten
    HT | Haïti | | Haïtiaans | Haïtianen
    HU | Hongarije | | Hongaars | Hongaren
    ID | Indonesië | Nederlands-Indië, Nederlandsch-Indië, Nederlandsch-Oost-Indië, Nederlands-Oost-Indië, Oost-Indië, Indië | Indonesisch, Nederlands-Indisch, Nederlandsch-Indisch | Indonesiërs
    IE | Ierland | | Iers | Ieren
    IL | Israël | | Israëlisch | Israëliërs, Israëliër, Israëli's
    IM | Isle of Man | Eiland Man
    IN | India | Brits-Indië | Indiaas | Indiërs, Indiër
    IO | Brits Indische Oceaanterritorium
    IQ | Irak | | Iraaks | Irakezen, Irakees
    IR | Iran | Perzië | Iraans, Perzisch | Iraniërs, Iraniër, Perzen
    IS | IJsland | | IJslands | IJslanders
    IT | Italië | | Italiaans | Italianen, Italiaan
    JE | Jersey
    JM | Jamaica | Jamaïca | Jamaicaans
    JO | Jordanië | | Jordaans | Jordaniërs
    JP | Japan | | Japans | Japanners, Japanner
    KE | Kenia | | Keniaans | Kenianen
    KG | Kirgizië | Kirgizstan, Kirgizië | Kirgizisch
    KH | Cambodja | Kampuchea | Cambodjaans | Cambodjanen
    KI | Kiribati
    KM | Comoren | | Comorees
    KN | Saint Kitts en Nevis | Sint Kitts en Nevis, Sint-Kitts en Nevis
    KP | Noord-Korea | | Noord-Koreaans | Noord-Koreanen
    KR | Zuid-Korea | Korea, Republiek Korea | Zuid-Koreaans, Koreaans | Zuid-Koreanen, Koreanen
    KW | Koeweit | Kuwait | Koeweits
    KY | Kaaimaneilanden
    KZ | Kazachstan | | Kazachs | Kazachen
    LA | Laos | | Laotiaans
    LB | Libanon | | Libanees | Libanezen
    LC | Saint Lucia | Sint Lucia, Sint-Lucia
    LI | Liechtenstein
    LK | Sri Lanka | Ceylon | Sri Lankaans
    LR | Liberia | | Liberiaans
    LS | Lesotho
    LT | Litouwen | | Litouws | Litouwers
    LU | Luxemburg | Groothertogdom Luxemburg | Luxemburgs | Luxemburgers
    LV | Letland | | Lets | Letten
    LY | Libië | | Libisch | Libiërs
    MA | Marokko | | Marokkaans | Marokkanen, Marokkaan
    MC | Monaco | | Monegaskisch
    MD | Moldavië | Moldova | Moldavisch
    ME | Montenegro | | Montenegrijns
    MF | Saint-Martin | Frans Sint-Maarten
    MG | Madagaskar | | Malagassisch
    MH | Marshalleilanden
    MK | Noord-Macedonië | Macedonië | Noord-Macedonisch, Macedonisch
    ML | Mali | | Malinees
    MM | Myanmar | Birma, Burma | Myanmarees, Birmees
    MN | Mongolië | | Mongools
    MO | Macau | Macao
    MP | Noordelijke Marianen
    MQ | Martinique
    MR | Mauritanië | | Mauritaans
    MS | Montserrat
    MT | Malta | | Maltees | Maltezen
    MU | Mauritius | | Mauritiaans
    MV | Maldiven | | Maldivisch
    MW | Malawi | | Malawisch
    MX | Mexico | | Mexicaans | Mexicanen
    MY | Maleisië | | Maleisisch | Maleisiërs
    MZ | Mozambique | | Mozambikaans
    NA | Namibië | | Namibisch
    NC | Nieuw-Caledonië
    NE | Niger | | Nigerees
    NF | Norfolk | Norfolkeiland
    NG | Nigeria | | Nigeriaans | Nigerianen
    NI | Nicaragua | | Nicaraguaans
    NL | Nederland | Koninkrijk der Nederlanden, Nederlanden | Nederlands | Nederlanders, Nederlander
    NO | Noorwegen | | Noors | Noren
    NP | Nepal | | Nepalees | Nepalezen
    NR | Nauru
    NU | Niue
    NZ | Nieuw-Zeeland | | Nieuw-Zeelands | Nieuw-Zeelanders
    OM | Oman | | Omaans
    PA | Panama | | Panamees
    PE | Peru | | Peruaans | Peruanen
    PF | Frans-Polynesië
    PG | Papoea-Nieuw-Guinea
    PH | Filipijnen | | Filipijns | Filipino's
    PK | Pakistan | | Pakistaans | Pakistanen, Pakistaan
    PL | Polen | | Pools
    PM | Saint-Pierre en Miquelon
    PN | Pitcairneilanden
    PR | Puerto Rico | | Puerto Ricaans
    PS | Palestina | Palestijnse Gebieden, Bezette Palestijnse Gebieden | Palestijns | Palestijnen
    PT | Portugal | | Portugees | Portugezen
    PW | Palau
    PY | Paraguay | | Paraguayaans
    QA | Qatar | | Qatarees
    RE | Réunion
    RH | Rhodesië | Zuid-Rhodesië | Rhodesisch | | | h
    RO | Roemenië | | Roemeens | Roemenen
    RS | Servië | | Servisch | Serviërs, Serven
    RU | Rusland | Russische Federatie | Russisch | Russen, Rus
    RW | Rwanda | | Rwandees | Rwandezen
    SA | Saoedi-Arabië | Saudi-Arabië, Saoedie-Arabië | Saoedisch, Saoedi-Arabisch, Saudisch, Saudi-Arabisch | Saoedi's
    SB | Salomonseilanden
    SC | Seychellen
    SD | Soedan | | Soedanees | Soedanezen
    SE | Zweden | | Zweeds
    SG | Singapore | | Singaporees
    SH | Sint-Helena | Sint-Helena, Ascension en Tristan da Cunha
    SI | Slovenië | | Sloveens | Slovenen
    SJ | Spitsbergen en Jan Mayen | Spitsbergen, Svalbard
    SK | Slowakije | | Slowaaks | Slowaken
    SL | Sierra Leone | | Sierra Leoons
    SM | San Marino
    SN | Senegal | | Senegalees | Senegalezen
    SO | Somalië | | Somalisch | Somaliërs
    SR | Suriname | | Surinaams | Surinamers, Surinamer
    SS | Zuid-Soedan | | Zuid-Soedanees
    ST | Sao Tomé en Principe
    SU | Sovjet-Unie | Sovjetunie, Sowjet-Unie, Sowjetunie, Sovjet, Sowjet | | Sovjets | USSR, UdSSR | h
    SV | El Salvador | | Salvadoraans
    SX | Sint Maarten | Sint-Maarten | Sint Maartens
    SY | Syrië | | Syrisch | Syriërs, Syriër
    SZ | Eswatini | Swaziland | Swazisch
    TC | Turks- en Caicoseilanden | Turks en Caicoseilanden
    TD | Tsjaad | | Tsjadisch
    TF | Franse Zuidelijke en Antarctische Gebieden
    TG | Togo | | Togolees
    TH | Thailand | Siam | Thais
    TJ | Tadzjikistan | | Tadzjieks
    TK | Tokelau
    TL | Oost-Timor | Timor-Leste | Oost-Timorees
    TM | Turkmenistan | | Turkmeens
    TN | Tunesië | | Tunesisch | Tunesiërs
    TO | Tonga
    TR | Turkije | Türkiye | Turks | Turken, Turk
    TT | Trinidad en Tobago | Trinidad
    TV | Tuvalu
    TW | Taiwan | Formosa | Taiwanees
    TZ | Tanzania | | Tanzaniaans
    UA | Oekraïne | | Oekraïens | Oekraïners
    UG | Oeganda | Uganda | Oegandees | Oegandezen
    UM | Kleine afgelegen eilanden van de Verenigde Staten
    US | Verenigde Staten | Verenigde Staten van Amerika, Amerika | Amerikaans | Amerikanen, Amerikaan | VS, USA
    UY | Uruguay | | Uruguayaans
    UZ | Oezbekistan | | Oezbeeks
    VA | Vaticaanstad | Heilige Stoel, Vaticaan | Vaticaans
    VC | Saint Vincent en de Grenadines | Sint Vincent en de Grenadines
    VE | Venezuela | | Venezolaans | Venezolanen
    VG | Britse Maagdeneilanden
    VI | Amerikaanse Maagdeneilanden
    VN | Vietnam | | Vietnamees | Vietnamezen
    VU | Vanuatu
    WF | Wallis en Futuna
    WS | Samoa
    XK | Kosovo | | Kosovaars | Kosovaren
    YE | Jemen | | Jemenitisch
    YT | Mayotte
    YU | Joegoslavië | | Joegoslavisch | Joegoslaven | | h
    ZA | Zuid-Afrika | | Zuid-Afrikaans | Zuid-Afrikanen
    ZM | Zambia | | Zambiaans
    ZR | Zaïre | | Zaïrees | | | h
    ZW | Zimbabwe | | Zimbabwaans
    -- | Noord-Holland, Zuid-Holland, Nieuw-Guinea, Nederlands Nieuw-Guinea, Nederlands-Nieuw-Guinea, New Jersey, Zuid-Amerika, Noord-Amerika, Midden-Amerika, Latijns-Amerika, Pan-Amerika | Zuid-Amerikaans, Noord-Amerikaans, Midden-Amerikaans, Latijns-Amerikaans, Pan-Amerikaans, Anglo-Amerikaans
    -- | Zorginstituut Nederland, Vluchtelingenwerk Nederland, Ondernemend Nederland, Bouwend Nederland, Natuurnetwerk Nederland, Zorgverzekeraars Nederland, Vrij Nederland, Rijksdienst voor Ondernemend Nederland, Statistiek Nederland, Invest-NL
    """
}
