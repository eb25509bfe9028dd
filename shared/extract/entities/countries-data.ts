/**
 * Countries: common name; other names; demonyms; capitals. Generated once from the
 * world-countries npm package (v5.1.0, ODbL, mledoze/countries), not a dependency.
 */
export const COUNTRY_LINES = `Aruba;;Aruban;Oranjestad
Afghanistan;;Afghan;Kabul
Angola;;Angolan;Luanda
Anguilla;;Anguillian;The Valley
Åland Islands;Aaland,Aland,Ahvenanmaa;Ålandish;Mariehamn
Albania;Shqipnia;Albanian;Tirana
Andorra;Principat d'Andorra;Andorran;Andorra la Vella
United Arab Emirates;Emirates;Emirati;Abu Dhabi
Argentina;;Argentine;Buenos Aires
Armenia;Hayastan;Armenian;Yerevan
American Samoa;;American Samoan;Pago Pago
Antarctica;;Antarctican;
French Southern and Antarctic Lands;French Southern Territories;French;Port-aux-Français
Antigua and Barbuda;;Antiguan, Barbudan;Saint John's
Australia;;Australian;Canberra
Austria;Osterreich,Oesterreich;Austrian;Vienna
Azerbaijan;;Azerbaijani;Baku
Burundi;Republika y'Uburundi;Burundian;Gitega
Belgium;Belgie,Belgien,Belgique,Royaume de Belgique;Belgian;Brussels
Benin;;Beninese;Porto-Novo
Burkina Faso;;Burkinabe;Ouagadougou
Bangladesh;;Bangladeshi;Dhaka
Bulgaria;;Bulgarian;Sofia
Bahrain;;Bahraini;Manama
Bahamas;;Bahamian;Nassau
Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnian, Herzegovinian;Sarajevo
Saint Barthélemy;St. Barthelemy;Saint Barthélemy Islander;Gustavia
Saint Helena, Ascension and Tristan da Cunha;Saint Helena;Saint Helenian;Jamestown
Belarus;;Belarusian;Minsk
Belize;;Belizean;Belmopan
Bermuda;The Islands of Bermuda,The Bermudas,Somers Isles;Bermudian;Hamilton
Bolivia;Buliwya,Wuliwya,Estado Plurinacional de Bolivia,Buliwya Mamallaqta,Wuliwya Suyu;Bolivian;Sucre
Caribbean Netherlands;BES islands;Dutch;Kralendijk,Oranjestad,The Bottom
Brazil;Brasil;Brazilian;Brasília
Barbados;;Barbadian;Bridgetown
Brunei;Brunei Darussalam,Nation of Brunei,the Abode of Peace;Bruneian;Bandar Seri Begawan
Bhutan;;Bhutanese;Thimphu
Bouvet Island;;;
Botswana;Lefatshe la Botswana;Motswana;Gaborone
Central African Republic;;Central African;Bangui
Canada;;Canadian;Ottawa
Cocos (Keeling) Islands;Keeling Islands,Cocos Islands;Cocos Islander;West Island
Switzerland;Swiss Confederation,Schweiz,Suisse,Svizzera,Svizra;Swiss;Bern
Chile;;Chilean;Santiago
China;Zhongguo,Zhonghua;Chinese;Beijing
Ivory Coast;Cote d'Ivoire;Ivorian;Yamoussoukro
Cameroon;;Cameroonian;Yaoundé
DR Congo;Congo-Kinshasa;Congolese;Kinshasa
Republic of the Congo;Congo,Congo-Brazzaville;Congolese;Brazzaville
Cook Islands;;Cook Islander;Avarua
Colombia;;Colombian;Bogotá
Comoros;Udzima wa Komori;Comoran;Moroni
Cape Verde;;Cape Verdian;Praia
Costa Rica;;Costa Rican;San José
Cuba;;Cuban;Havana
Curaçao;Curacao;Curaçaoan;Willemstad
Christmas Island;;Christmas Islander;Flying Fish Cove
Cayman Islands;;Caymanian;George Town
Cyprus;;Cypriot;Nicosia
Czechia;Czech Republic;Czech;Prague
Germany;Bundesrepublik Deutschland;German;Berlin
Djibouti;Jabuuti,Gabuuti,Gabuutih Ummuuno,Jamhuuriyadda Jabuuti;Djibouti;Djibouti
Dominica;Dominique;Dominican;Roseau
Denmark;Danmark,Kongeriget Danmark;Danish;Copenhagen
Dominican Republic;;Dominican;Santo Domingo
Algeria;Dzayer;Algerian;Algiers
Ecuador;;Ecuadorean;Quito
Egypt;Arab Republic of Egypt;Egyptian;Cairo
Eritrea;;Eritrean;Asmara
Western Sahara;Sahrawi Arab Democratic Republic;Sahrawi;El Aaiún
Spain;;Spanish;Madrid
Estonia;Eesti,Eesti Vabariik;Estonian;Tallinn
Ethiopia;;Ethiopian;Addis Ababa
Finland;Suomi,Suomen tasavalta,Republiken Finland;Finnish;Helsinki
Fiji;Viti,Matanitu ko Viti;Fijian;Suva
Falkland Islands;Islas Malvinas;Falkland Islander;Stanley
France;French Republic;French;Paris
Faroe Islands;Faeroe Islands;Faroese;Tórshavn
Micronesia;Federated States of Micronesia;Micronesian;Palikir
Gabon;Gabonese Republic;Gabonese;Libreville
United Kingdom;Great Britain;British;London
Georgia;Sakartvelo;Georgian;Tbilisi
Guernsey;Bailiwick of Guernsey,Bailliage de Guernesey;Channel Islander;St. Peter Port
Ghana;;Ghanaian;Accra
Gibraltar;;Gibraltar;Gibraltar
Guinea;;Guinean;Conakry
Guadeloupe;Gwadloup;Guadeloupian;Basse-Terre
Gambia;;Gambian;Banjul
Guinea-Bissau;;Guinea-Bissauan;Bissau
Equatorial Guinea;;Equatorial Guinean;Malabo
Greece;Hellenic Republic;Greek;Athens
Grenada;;Grenadian;St. George's
Greenland;;Greenlandic;Nuuk
Guatemala;;Guatemalan;Guatemala City
French Guiana;Guiana,Guyane;Guianan;Cayenne
Guam;;Guamanian;Hagåtña
Guyana;;Guyanese;Georgetown
Hong Kong;;Hong Konger;City of Victoria
Heard Island and McDonald Islands;;Heard and McDonald Islander;
Honduras;;Honduran;Tegucigalpa
Croatia;Hrvatska,Republika Hrvatska;Croatian;Zagreb
Haiti;Repiblik Ayiti;Haitian;Port-au-Prince
Hungary;;Hungarian;Budapest
Indonesia;Republik Indonesia;Indonesian;Jakarta
Isle of Man;Ellan Vannin,Mann,Mannin;Manx;Douglas
India;Bharat Ganrajya;Indian;New Delhi
British Indian Ocean Territory;;Indian;Diego Garcia
Ireland;;Irish;Dublin
Iran;;Iranian;Tehran
Iraq;;Iraqi;Baghdad
Iceland;Island;Icelander;Reykjavik
Israel;;Israeli;Jerusalem
Italy;Italian Republic,Repubblica italiana;Italian;Rome
Jamaica;;Jamaican;Kingston
Jersey;Bailiwick of Jersey,Bailliage de Jersey;Channel Islander;Saint Helier
Jordan;;Jordanian;Amman
Japan;Nippon,Nihon;Japanese;Tokyo
Kazakhstan;Qazaqstan,Respublika Kazakhstan;Kazakhstani;Astana
Kenya;Jamhuri ya Kenya;Kenyan;Nairobi
Kyrgyzstan;Kyrgyz Republic,Kyrgyz Respublikasy;Kirghiz;Bishkek
Cambodia;;Cambodian;Phnom Penh
Kiribati;Ribaberiki Kiribati;I-Kiribati;South Tarawa
Saint Kitts and Nevis;;Kittitian or Nevisian;Basseterre
South Korea;;South Korean;Seoul
Kosovo;;Kosovar;Pristina
Kuwait;Dawlat al-Kuwait;Kuwaiti;Kuwait City
Laos;Sathalanalat Paxathipatai Paxaxon Lao;Laotian;Vientiane
Lebanon;Lebanese Republic;Lebanese;Beirut
Liberia;;Liberian;Monrovia
Libya;Dawlat Libya;Libyan;Tripoli
Saint Lucia;;Saint Lucian;Castries
Liechtenstein;;Liechtensteiner;Vaduz
Sri Lanka;;Sri Lankan;Colombo
Lesotho;Muso oa Lesotho;Mosotho;Maseru
Lithuania;Lietuvos Respublika;Lithuanian;Vilnius
Luxembourg;;Luxembourger;Luxembourg
Latvia;Latvijas Republika;Latvian;Riga
Macau;Macao;Macanese;
Saint Martin;;Saint Martin Islander;Marigot
Morocco;;Moroccan;Rabat
Monaco;;Monegasque;Monaco
Moldova;;Moldovan;Chișinău
Madagascar;Repoblikan'i Madagasikara;Malagasy;Antananarivo
Maldives;Maldive Islands,Dhivehi Raajjeyge Jumhooriyya;Maldivan;Malé
Mexico;United Mexican States,Mexicanos,Estados Unidos Mexicanos;Mexican;Mexico City
Marshall Islands;;Marshallese;Majuro
North Macedonia;Macedonia;Macedonian;Skopje
Mali;;Malian;Bamako
Malta;Repubblika ta' Malta;Maltese;Valletta
Myanmar;Burma;Burmese;Naypyidaw
Montenegro;Crna Gora;Montenegrin;Podgorica
Mongolia;;Mongolian;Ulan Bator
Northern Mariana Islands;;American;Saipan
Mozambique;;Mozambican;Maputo
Mauritania;;Mauritanian;Nouakchott
Montserrat;;Montserratian;Plymouth
Martinique;;Martinican;Fort-de-France
Mauritius;;Mauritian;Port Louis
Malawi;;Malawian;Lilongwe
Malaysia;;Malaysian;Kuala Lumpur
Mayotte;;Mahoran;Mamoudzou
Namibia;;Namibian;Windhoek
New Caledonia;;New Caledonian;Nouméa
Niger;Nijar;Nigerien;Niamey
Norfolk Island;Teratri of Norf'k Ailen;Norfolk Islander;Kingston
Nigeria;Nijeriya;Nigerian;Abuja
Nicaragua;;Nicaraguan;Managua
Niue;;Niuean;Alofi
Netherlands;Holland,Nederland,The Netherlands;Dutch;Amsterdam
Norway;Norge,Noreg,Kongeriket Norge,Kongeriket Noreg;Norwegian;Oslo
Nepal;;Nepalese;Kathmandu
Nauru;Naoero,Pleasant Island,Ripublik Naoero;Nauruan;Yaren
New Zealand;Aotearoa;New Zealander;Wellington
Oman;;Omani;Muscat
Pakistan;;Pakistani;Islamabad
Panama;;Panamanian;Panama City
Pitcairn Islands;Pitcairn Group of Islands,Pitcairn;Pitcairn Islander;Adamstown
Peru;;Peruvian;Lima
Philippines;;Filipino;Manila
Palau;Beluu er a Belau;Palauan;Ngerulmud
Papua New Guinea;;Papua New Guinean;Port Moresby
Poland;Rzeczpospolita Polska;Polish;Warsaw
Puerto Rico;;Puerto Rican;San Juan
North Korea;DPRK;North Korean;Pyongyang
Portugal;Portuguese Republic,Portuguesa;Portuguese;Lisbon
Paraguay;;Paraguayan;Asunción
Palestine;;Palestinian;Ramallah
French Polynesia;;French Polynesian;Papeetē
Qatar;;Qatari;Doha
Réunion;Reunion;Réunionese;Saint-Denis
Romania;Rumania,Roumania;Romanian;Bucharest
Russia;Russian Federation;Russian;Moscow
Rwanda;Repubulika y'u Rwanda;Rwandan;Kigali
Saudi Arabia;Saudi;Saudi Arabian;Riyadh
Sudan;;Sudanese;Khartoum
Senegal;;Senegalese;Dakar
Singapore;Singapura,Republik Singapura;Singaporean;Singapore
South Georgia;;South Georgian South Sandwich Islander;King Edward Point
Svalbard and Jan Mayen;Svalbard og Jan Mayen;Norwegian;Longyearbyen
Solomon Islands;;Solomon Islander;Honiara
Sierra Leone;;Sierra Leonean;Freetown
El Salvador;;Salvadoran;San Salvador
San Marino;Repubblica di San Marino;Sammarinese;City of San Marino
Somalia;Jamhuuriyadda Federaalka Soomaaliya;Somali;Mogadishu
Saint Pierre and Miquelon;;Saint-Pierrais, Miquelonnais;Saint-Pierre
Serbia;Srbija,Republika Srbija;Serbian;Belgrade
South Sudan;;South Sudanese;Juba
São Tomé and Príncipe;Sao Tome and Principe;Sao Tomean;São Tomé
Suriname;Sarnam,Sranangron,Republiek Suriname;Surinamer;Paramaribo
Slovakia;Slovak Republic;Slovak;Bratislava
Slovenia;Republika Slovenija;Slovene;Ljubljana
Sweden;Konungariket Sverige;Swedish;Stockholm
Eswatini;Swaziland,weSwatini,Swatini,Ngwane,Umbuso weSwatini;Swazi;Lobamba
Sint Maarten;;St. Maartener;Philipsburg
Seychelles;Repiblik Sesel;Seychellois;Victoria
Syria;Syrian Arab Republic;Syrian;Damascus
Turks and Caicos Islands;;Turks and Caicos Islander;Cockburn Town
Chad;Tchad;Chadian;N'Djamena
Togo;Togolese Republic,Togolese;Togolese;Lomé
Thailand;Prathet,Thai,Ratcha Anachak Thai;Thai;Bangkok
Tajikistan;;Tadzhik;Dushanbe
Tokelau;;Tokelauan;Fakaofo
Turkmenistan;;Turkmen;Ashgabat
Timor-Leste;East Timor,Timor,Timor Lorosae;East Timorese;Dili
Tonga;;Tongan;Nuku'alofa
Trinidad and Tobago;;Trinidadian;Port of Spain
Tunisia;Tunisian Republic;Tunisian;Tunis
Türkiye;Turkiye;Turkish;Ankara
Tuvalu;;Tuvaluan;Funafuti
Taiwan;Chinese Taipei;Taiwanese;Taipei
Tanzania;United Republic of Tanzania;Tanzanian;Dodoma
Uganda;Jamhuri ya Uganda;Ugandan;Kampala
Ukraine;Ukrayina;Ukrainian;Kyiv
United States Minor Outlying Islands;;American Islander;
Uruguay;;Uruguayan;Montevideo
United States;United States of America;American;Washington D.C.
Uzbekistan;;Uzbekistani;Tashkent
Vatican City;Vatican City State,Vatican;Vatican;Vatican City
Saint Vincent and the Grenadines;;Saint Vincentian;Kingstown
Venezuela;;Venezuelan;Caracas
British Virgin Islands;Virgin Islands;Virgin Islander;Road Town
United States Virgin Islands;;Virgin Islander;Charlotte Amalie
Vietnam;Viet Nam;Vietnamese;Hanoi
Vanuatu;Ripablik blong Vanuatu;Ni-Vanuatu;Port Vila
Wallis and Futuna;;Wallis and Futuna Islander;Mata-Utu
Samoa;;Samoan;Apia
Yemen;Yemeni Republic;Yemeni;Sana'a
South Africa;Suid-Afrika;South African;Pretoria,Bloemfontein,Cape Town
Zambia;;Zambian;Lusaka
Zimbabwe;;Zimbabwean;Harare`;
