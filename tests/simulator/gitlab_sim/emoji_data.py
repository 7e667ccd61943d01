"""Emoji known to the simulator: one row per emoji, `CODEPOINT[+FE0F]|unicode version|description|names`.

Generated once from Unicode data (UnicodeData.txt names, DerivedAge.txt versions, Unicode 15.0) and the
GitHub-style alpha codes GitLab accepts (behaviour doc section 3.5: a known TanukiEmoji alpha code). The
first name is the canonical one GitLab renders in `data-name`; later names are aliases. Only emoji that are
a single code point (optionally with VS16) are listed; ZWJ sequences, flags and skin tones are left out.
An indented line carries more names of the row above it (keeps lines short)."""
from __future__ import annotations

ROWS = """\
A9+FE0F|1.1|copyright sign|copyright
AE+FE0F|1.1|registered sign|registered
203C+FE0F|1.1|double exclamation mark|bangbang
2049+FE0F|3.0|exclamation question mark|interrobang
2122+FE0F|1.1|trade mark sign|tm
2139+FE0F|3.0|information source|information_source
2194+FE0F|1.1|left right arrow|left_right_arrow
2195+FE0F|1.1|up down arrow|arrow_up_down up_down_arrow
2196+FE0F|1.1|north west arrow|arrow_upper_left up_left_arrow
2197+FE0F|1.1|north east arrow|arrow_upper_right up_right_arrow
2198+FE0F|1.1|south east arrow|arrow_lower_right down_right_arrow
2199+FE0F|1.1|south west arrow|arrow_lower_left down_left_arrow
21A9+FE0F|1.1|leftwards arrow with hook|leftwards_arrow_with_hook
21AA+FE0F|1.1|rightwards arrow with hook|arrow_right_hook
231A|1.1|watch|watch
231B|1.1|hourglass|hourglass
2328+FE0F|1.1|keyboard|keyboard
23CF+FE0F|4.0|eject symbol|eject_symbol
23E9|6.0|black right-pointing double triangle|fast_forward fast_forward_button
23EA|6.0|black left-pointing double triangle|rewind
23EB|6.0|black up-pointing double triangle|arrow_double_up
23EC|6.0|black down-pointing double triangle|arrow_double_down
23ED+FE0F|6.0|black right-pointing double triangle with vertical bar|
    black_right_pointing_double_triangle_with_vertical_bar
23EE+FE0F|6.0|black left-pointing double triangle with vertical bar|previous_track_button
    black_left_pointing_double_triangle_with_vertical_bar
23EF+FE0F|6.0|black right-pointing triangle with double vertical bar|
    black_right_pointing_triangle_with_double_vertical_bar
23F0|6.0|alarm clock|alarm_clock
23F1+FE0F|6.0|stopwatch|stopwatch
23F2+FE0F|6.0|timer clock|timer_clock
23F3|6.0|hourglass with flowing sand|hourglass_flowing_sand
23F8+FE0F|7.0|double vertical bar|double_vertical_bar
23F9+FE0F|7.0|black square for stop|black_square_for_stop
23FA+FE0F|7.0|black circle for record|black_circle_for_record
24C2+FE0F|1.1|circled latin capital letter m|m circled_m
25AA+FE0F|1.1|black small square|black_small_square
25AB+FE0F|1.1|white small square|white_small_square
25B6+FE0F|1.1|black right-pointing triangle|arrow_forward
25C0+FE0F|1.1|black left-pointing triangle|arrow_backward
25FB+FE0F|3.2|white medium square|white_medium_square
25FC+FE0F|3.2|black medium square|black_medium_square
25FD|3.2|white medium small square|white_medium_small_square
25FE|3.2|black medium small square|black_medium_small_square
2600+FE0F|1.1|black sun with rays|sunny
2601+FE0F|1.1|cloud|cloud
2602+FE0F|1.1|umbrella|open_umbrella
2603+FE0F|1.1|snowman|snowman_with_snow
2604+FE0F|1.1|comet|comet
260E+FE0F|1.1|black telephone|phone
2611+FE0F|1.1|ballot box with check|ballot_box_with_check
2614|4.0|umbrella with rain drops|umbrella
2615|4.0|hot beverage|coffee
2618+FE0F|4.1|shamrock|shamrock
261D+FE0F|1.1|white up pointing index|point_up
2620+FE0F|1.1|skull and crossbones|skull_and_crossbones
2622+FE0F|1.1|radioactive sign|radioactive_sign
2623+FE0F|1.1|biohazard sign|biohazard_sign
2626+FE0F|1.1|orthodox cross|orthodox_cross
262A+FE0F|1.1|star and crescent|star_and_crescent
262E+FE0F|1.1|peace symbol|peace_symbol
262F+FE0F|1.1|yin yang|yin_yang
2638+FE0F|1.1|wheel of dharma|wheel_of_dharma
2639+FE0F|1.1|white frowning face|white_frowning_face
263A+FE0F|1.1|white smiling face|relaxed
2640+FE0F|1.1|female sign|female_sign
2642+FE0F|1.1|male sign|male_sign
2648|1.1|aries|aries
2649|1.1|taurus|taurus
264A|1.1|gemini|gemini
264B|1.1|cancer|cancer
264C|1.1|leo|leo
264D|1.1|virgo|virgo
264E|1.1|libra|libra
264F|1.1|scorpius|scorpius scorpio
2650|1.1|sagittarius|sagittarius
2651|1.1|capricorn|capricorn
2652|1.1|aquarius|aquarius
2653|1.1|pisces|pisces
265F+FE0F|1.1|black chess pawn|chess_pawn
2660+FE0F|1.1|black spade suit|spades
2663+FE0F|1.1|black club suit|clubs
2665+FE0F|1.1|black heart suit|hearts
2666+FE0F|1.1|black diamond suit|diamonds
2668+FE0F|1.1|hot springs|hotsprings
267B+FE0F|3.2|black universal recycling symbol|recycle
267E+FE0F|4.1|permanent paper sign|infinity
267F|4.1|wheelchair symbol|wheelchair
2692+FE0F|4.1|hammer and pick|hammer_and_pick
2693|4.1|anchor|anchor
2694+FE0F|4.1|crossed swords|crossed_swords
2695+FE0F|4.1|staff of aesculapius|medical_symbol
2696+FE0F|4.1|scales|scales
2697+FE0F|4.1|alembic|alembic
2699+FE0F|4.1|gear|gear
269B+FE0F|4.1|atom symbol|atom_symbol
269C+FE0F|4.1|fleur-de-lis|fleur_de_lis
26A0+FE0F|4.0|warning sign|warning
26A1|4.0|high voltage sign|zap
26A7+FE0F|4.1|male with stroke and male and female sign|transgender_symbol
26AA|4.1|medium white circle|white_circle
26AB|4.1|medium black circle|black_circle
26B0+FE0F|4.1|coffin|coffin
26B1+FE0F|4.1|funeral urn|funeral_urn
26BD|5.2|soccer ball|soccer
26BE|5.2|baseball|baseball
26C4|5.2|snowman without snow|snowman
26C5|5.2|sun behind cloud|partly_sunny
26C8+FE0F|5.2|thunder cloud and rain|thunder_cloud_and_rain
26CE|6.0|ophiuchus|ophiuchus
26CF+FE0F|5.2|pick|pick
26D1+FE0F|5.2|helmet with white cross|helmet_with_white_cross rescue_worker_helmet rescue_workers_helmet
26D3+FE0F|5.2|chains|chains
26D4|5.2|no entry|no_entry
26E9+FE0F|5.2|shinto shrine|shinto_shrine
26EA|5.2|church|church
26F0+FE0F|5.2|mountain|mountain
26F1+FE0F|5.2|umbrella on ground|parasol_on_ground
26F2|5.2|fountain|fountain
26F3|5.2|flag in hole|golf
26F4+FE0F|5.2|ferry|ferry
26F5|5.2|sailboat|boat
26F7+FE0F|5.2|skier|skier
26F8+FE0F|5.2|ice skate|ice_skate
26F9+FE0F|5.2|person with ball|bouncing_ball_person person_with_ball
26FA|5.2|tent|tent
26FD|5.2|fuel pump|fuelpump
2702+FE0F|1.1|black scissors|scissors
2705|6.0|white heavy check mark|white_check_mark
2708+FE0F|1.1|airplane|airplane
2709+FE0F|1.1|envelope|envelope
270A|6.0|raised fist|fist fist_raised
270B|6.0|raised hand|hand
270C+FE0F|1.1|victory hand|v
270D+FE0F|1.1|writing hand|writing_hand
270F+FE0F|1.1|pencil|pencil2
2712+FE0F|1.1|black nib|black_nib
2714+FE0F|1.1|heavy check mark|heavy_check_mark
2716+FE0F|1.1|heavy multiplication x|heavy_multiplication_x
271D+FE0F|1.1|latin cross|latin_cross
2721+FE0F|1.1|star of david|star_of_david
2728|6.0|sparkles|sparkles
2733+FE0F|1.1|eight spoked asterisk|eight_spoked_asterisk
2734+FE0F|1.1|eight pointed black star|eight_pointed_black_star eight_pointed_star
2744+FE0F|1.1|snowflake|snowflake
2747+FE0F|1.1|sparkle|sparkle
274C|6.0|cross mark|x
274E|6.0|negative squared cross mark|negative_squared_cross_mark
2753|6.0|black question mark ornament|question
2754|6.0|white question mark ornament|grey_question
2755|6.0|white exclamation mark ornament|grey_exclamation
2757|5.2|heavy exclamation mark symbol|heavy_exclamation_mark exclamation
2763+FE0F|1.1|heavy heart exclamation mark ornament|heavy_heart_exclamation heavy_heart_exclamation_mark_ornament
2764+FE0F|1.1|heavy black heart|heart
2795|6.0|heavy plus sign|heavy_plus_sign
2796|6.0|heavy minus sign|heavy_minus_sign
2797|6.0|heavy division sign|heavy_division_sign
27A1+FE0F|1.1|black rightwards arrow|arrow_right
27B0|6.0|curly loop|curly_loop
27BF|6.0|double curly loop|loop
2934+FE0F|3.2|arrow pointing rightwards then curving upwards|arrow_heading_up
2935+FE0F|3.2|arrow pointing rightwards then curving downwards|arrow_heading_down
2B05+FE0F|4.0|leftwards black arrow|arrow_left
2B06+FE0F|4.0|upwards black arrow|arrow_up
2B07+FE0F|4.0|downwards black arrow|arrow_down
2B1B|5.1|black large square|black_large_square
2B1C|5.1|white large square|white_large_square
2B50|5.1|white medium star|star
2B55|5.2|heavy large circle|o
3030+FE0F|1.1|wavy dash|wavy_dash
303D+FE0F|3.2|part alternation mark|part_alternation_mark
3297+FE0F|1.1|circled ideograph congratulation|congratulations japanese_congratulations_button
3299+FE0F|1.1|circled ideograph secret|secret japanese_secret_button
1F004|5.1|mahjong tile red dragon|mahjong
1F0CF|6.0|playing card black joker|black_joker
1F170+FE0F|6.0|negative squared latin capital letter a|a a_button_blood_type
1F171+FE0F|6.0|negative squared latin capital letter b|b b_button_blood_type
1F17E+FE0F|6.0|negative squared latin capital letter o|o2 o_button_blood_type
1F17F+FE0F|5.2|negative squared latin capital letter p|parking p_button
1F18E|6.0|negative squared ab|ab ab_button_blood_type
1F191|6.0|squared cl|cl cl_button
1F192|6.0|squared cool|cool cool_button
1F193|6.0|squared free|free free_button
1F194|6.0|squared id|id id_button
1F195|6.0|squared new|new new_button
1F196|6.0|squared ng|ng ng_button
1F197|6.0|squared ok|ok ok_button
1F198|6.0|squared sos|sos sos_button
1F199|6.0|squared up with exclamation mark|up up_button
1F19A|6.0|squared vs|vs vs_button
1F201|6.0|squared katakana koko|koko japanese_here_button
1F202+FE0F|6.0|squared katakana sa|sa japanese_service_charge_button
1F21A|5.2|squared cjk unified ideograph-7121|u7121 japanese_free_of_charge_button
1F22F|5.2|squared cjk unified ideograph-6307|u6307 japanese_reserved_button
1F232|6.0|squared cjk unified ideograph-7981|u7981 japanese_prohibited_button
1F233|6.0|squared cjk unified ideograph-7a7a|u7a7a japanese_vacancy_button
1F234|6.0|squared cjk unified ideograph-5408|u5408 japanese_passing_grade_button
1F235|6.0|squared cjk unified ideograph-6e80|u6e80 japanese_no_vacancy_button
1F236|6.0|squared cjk unified ideograph-6709|u6709 japanese_not_free_of_charge_button
1F237+FE0F|6.0|squared cjk unified ideograph-6708|u6708 japanese_monthly_amount_button
1F238|6.0|squared cjk unified ideograph-7533|u7533 japanese_application_button
1F239|6.0|squared cjk unified ideograph-5272|u5272 japanese_discount_button
1F23A|6.0|squared cjk unified ideograph-55b6|u55b6 japanese_open_for_business_button
1F250|6.0|circled ideograph advantage|ideograph_advantage japanese_bargain_button
1F251|6.0|circled ideograph accept|accept japanese_acceptable_button
1F300|6.0|cyclone|cyclone
1F301|6.0|foggy|foggy
1F302|6.0|closed umbrella|closed_umbrella
1F303|6.0|night with stars|night_with_stars
1F304|6.0|sunrise over mountains|sunrise_over_mountains
1F305|6.0|sunrise|sunrise
1F306|6.0|cityscape at dusk|city_sunset
1F307|6.0|sunset over buildings|city_sunrise
1F308|6.0|rainbow|rainbow
1F309|6.0|bridge at night|bridge_at_night
1F30A|6.0|water wave|ocean
1F30B|6.0|volcano|volcano
1F30C|6.0|milky way|milky_way
1F30D|6.0|earth globe europe-africa|earth_africa globe_showing_europe_africa
1F30E|6.0|earth globe americas|earth_americas globe_showing_americas
1F30F|6.0|earth globe asia-australia|earth_asia globe_showing_asia_australia
1F310|6.0|globe with meridians|globe_with_meridians
1F311|6.0|new moon symbol|new_moon
1F312|6.0|waxing crescent moon symbol|waxing_crescent_moon
1F313|6.0|first quarter moon symbol|first_quarter_moon
1F314|6.0|waxing gibbous moon symbol|moon
1F315|6.0|full moon symbol|full_moon
1F316|6.0|waning gibbous moon symbol|waning_gibbous_moon
1F317|6.0|last quarter moon symbol|last_quarter_moon
1F318|6.0|waning crescent moon symbol|waning_crescent_moon
1F319|6.0|crescent moon|crescent_moon
1F31A|6.0|new moon with face|new_moon_with_face
1F31B|6.0|first quarter moon with face|first_quarter_moon_with_face
1F31C|6.0|last quarter moon with face|last_quarter_moon_with_face
1F31D|6.0|full moon with face|full_moon_with_face
1F31E|6.0|sun with face|sun_with_face
1F31F|6.0|glowing star|star2
1F320|6.0|shooting star|stars
1F321+FE0F|7.0|thermometer|thermometer
1F324+FE0F|7.0|white sun with small cloud|white_sun_with_small_cloud
1F325+FE0F|7.0|white sun behind cloud|white_sun_behind_cloud
1F326+FE0F|7.0|white sun behind cloud with rain|white_sun_behind_cloud_with_rain
1F327+FE0F|7.0|cloud with rain|cloud_with_rain
1F328+FE0F|7.0|cloud with snow|cloud_with_snow
1F329+FE0F|7.0|cloud with lightning|cloud_with_lightning
1F32A+FE0F|7.0|cloud with tornado|cloud_with_tornado
1F32B+FE0F|7.0|fog|fog
1F32C+FE0F|7.0|wind blowing face|wind_blowing_face
1F32D|8.0|hot dog|hotdog
1F32E|8.0|taco|taco
1F32F|8.0|burrito|burrito
1F330|6.0|chestnut|chestnut
1F331|6.0|seedling|seedling
1F332|6.0|evergreen tree|evergreen_tree
1F333|6.0|deciduous tree|deciduous_tree
1F334|6.0|palm tree|palm_tree
1F335|6.0|cactus|cactus
1F336+FE0F|7.0|hot pepper|hot_pepper
1F337|6.0|tulip|tulip
1F338|6.0|cherry blossom|cherry_blossom
1F339|6.0|rose|rose
1F33A|6.0|hibiscus|hibiscus
1F33B|6.0|sunflower|sunflower
1F33C|6.0|blossom|blossom
1F33D|6.0|ear of maize|corn
1F33E|6.0|ear of rice|ear_of_rice
1F33F|6.0|herb|herb
1F340|6.0|four leaf clover|four_leaf_clover
1F341|6.0|maple leaf|maple_leaf
1F342|6.0|fallen leaf|fallen_leaf
1F343|6.0|leaf fluttering in wind|leaves
1F344|6.0|mushroom|mushroom
1F345|6.0|tomato|tomato
1F346|6.0|aubergine|eggplant
1F347|6.0|grapes|grapes
1F348|6.0|melon|melon
1F349|6.0|watermelon|watermelon
1F34A|6.0|tangerine|orange mandarin
1F34B|6.0|lemon|lemon
1F34C|6.0|banana|banana
1F34D|6.0|pineapple|pineapple
1F34E|6.0|red apple|apple
1F34F|6.0|green apple|green_apple
1F350|6.0|pear|pear
1F351|6.0|peach|peach
1F352|6.0|cherries|cherries
1F353|6.0|strawberry|strawberry
1F354|6.0|hamburger|hamburger
1F355|6.0|slice of pizza|pizza
1F356|6.0|meat on bone|meat_on_bone
1F357|6.0|poultry leg|poultry_leg
1F358|6.0|rice cracker|rice_cracker
1F359|6.0|rice ball|rice_ball
1F35A|6.0|cooked rice|rice
1F35B|6.0|curry and rice|curry
1F35C|6.0|steaming bowl|ramen
1F35D|6.0|spaghetti|spaghetti
1F35E|6.0|bread|bread
1F35F|6.0|french fries|fries
1F360|6.0|roasted sweet potato|sweet_potato
1F361|6.0|dango|dango
1F362|6.0|oden|oden
1F363|6.0|sushi|sushi
1F364|6.0|fried shrimp|fried_shrimp
1F365|6.0|fish cake with swirl design|fish_cake
1F366|6.0|soft ice cream|icecream
1F367|6.0|shaved ice|shaved_ice
1F368|6.0|ice cream|ice_cream
1F369|6.0|doughnut|doughnut
1F36A|6.0|cookie|cookie
1F36B|6.0|chocolate bar|chocolate_bar
1F36C|6.0|candy|candy
1F36D|6.0|lollipop|lollipop
1F36E|6.0|custard|custard
1F36F|6.0|honey pot|honey_pot
1F370|6.0|shortcake|cake
1F371|6.0|bento box|bento
1F372|6.0|pot of food|stew
1F373|6.0|cooking|egg fried_egg
1F374|6.0|fork and knife|fork_and_knife
1F375|6.0|teacup without handle|tea
1F376|6.0|sake bottle and cup|sake
1F377|6.0|wine glass|wine_glass
1F378|6.0|cocktail glass|cocktail
1F379|6.0|tropical drink|tropical_drink
1F37A|6.0|beer mug|beer
1F37B|6.0|clinking beer mugs|beers
1F37C|6.0|baby bottle|baby_bottle
1F37D+FE0F|7.0|fork and knife with plate|plate_with_cutlery
1F37E|8.0|bottle with popping cork|champagne
1F37F|8.0|popcorn|popcorn
1F380|6.0|ribbon|ribbon
1F381|6.0|wrapped present|gift
1F382|6.0|birthday cake|birthday
1F383|6.0|jack-o-lantern|jack_o_lantern
1F384|6.0|christmas tree|christmas_tree
1F385|6.0|father christmas|santa santa_claus
1F386|6.0|fireworks|fireworks
1F387|6.0|firework sparkler|sparkler
1F388|6.0|balloon|balloon
1F389|6.0|party popper|tada
1F38A|6.0|confetti ball|confetti_ball
1F38B|6.0|tanabata tree|tanabata_tree
1F38C|6.0|crossed flags|crossed_flags
1F38D|6.0|pine decoration|bamboo
1F38E|6.0|japanese dolls|dolls japanese_dolls
1F38F|6.0|carp streamer|flags
1F390|6.0|wind chime|wind_chime
1F391|6.0|moon viewing ceremony|rice_scene
1F392|6.0|school satchel|school_satchel
1F393|6.0|graduation cap|mortar_board
1F396+FE0F|7.0|military medal|medal_military
1F397+FE0F|7.0|reminder ribbon|reminder_ribbon
1F399+FE0F|7.0|studio microphone|studio_microphone
1F39A+FE0F|7.0|level slider|level_slider
1F39B+FE0F|7.0|control knobs|control_knobs
1F39E+FE0F|7.0|film frames|film_strip
1F39F+FE0F|7.0|admission tickets|tickets
1F3A0|6.0|carousel horse|carousel_horse
1F3A1|6.0|ferris wheel|ferris_wheel
1F3A2|6.0|roller coaster|roller_coaster
1F3A3|6.0|fishing pole and fish|fishing_pole_and_fish
1F3A4|6.0|microphone|microphone
1F3A5|6.0|movie camera|movie_camera
1F3A6|6.0|cinema|cinema
1F3A7|6.0|headphone|headphones
1F3A8|6.0|artist palette|art
1F3A9|6.0|top hat|tophat
1F3AA|6.0|circus tent|circus_tent
1F3AB|6.0|ticket|ticket
1F3AC|6.0|clapper board|clapper
1F3AD|6.0|performing arts|performing_arts
1F3AE|6.0|video game|video_game
1F3AF|6.0|direct hit|dart
1F3B0|6.0|slot machine|slot_machine
1F3B1|6.0|billiards|8ball
1F3B2|6.0|game die|game_die
1F3B3|6.0|bowling|bowling
1F3B4|6.0|flower playing cards|flower_playing_cards
1F3B5|6.0|musical note|musical_note
1F3B6|6.0|multiple musical notes|notes
1F3B7|6.0|saxophone|saxophone
1F3B8|6.0|guitar|guitar
1F3B9|6.0|musical keyboard|musical_keyboard
1F3BA|6.0|trumpet|trumpet
1F3BB|6.0|violin|violin
1F3BC|6.0|musical score|musical_score
1F3BD|6.0|running shirt with sash|running_shirt_with_sash
1F3BE|6.0|tennis racquet and ball|tennis
1F3BF|6.0|ski and ski boot|ski
1F3C0|6.0|basketball and hoop|basketball
1F3C1|6.0|chequered flag|checkered_flag
1F3C2|6.0|snowboarder|snowboarder
1F3C3|6.0|runner|runner running
1F3C4|6.0|surfer|surfer
1F3C5|7.0|sports medal|medal_sports
1F3C6|6.0|trophy|trophy
1F3C7|6.0|horse racing|horse_racing
1F3C8|6.0|american football|football
1F3C9|6.0|rugby football|rugby_football
1F3CA|6.0|swimmer|swimmer
1F3CB+FE0F|7.0|weight lifter|weight_lifting weight_lifter
1F3CC+FE0F|7.0|golfer|golfing golfer
1F3CD+FE0F|7.0|racing motorcycle|racing_motorcycle
1F3CE+FE0F|7.0|racing car|racing_car
1F3CF|8.0|cricket bat and ball|cricket_bat_and_ball
1F3D0|8.0|volleyball|volleyball
1F3D1|8.0|field hockey stick and ball|field_hockey_stick_and_ball
1F3D2|8.0|ice hockey stick and puck|ice_hockey_stick_and_puck
1F3D3|8.0|table tennis paddle and ball|table_tennis_paddle_and_ball
1F3D4+FE0F|7.0|snow capped mountain|mountain_snow snow_capped_mountain
1F3D5+FE0F|7.0|camping|camping
1F3D6+FE0F|7.0|beach with umbrella|beach_umbrella
1F3D7+FE0F|7.0|building construction|building_construction
1F3D8+FE0F|7.0|house buildings|house_buildings
1F3D9+FE0F|7.0|cityscape|cityscape
1F3DA+FE0F|7.0|derelict house building|derelict_house_building
1F3DB+FE0F|7.0|classical building|classical_building
1F3DC+FE0F|7.0|desert|desert
1F3DD+FE0F|7.0|desert island|desert_island
1F3DE+FE0F|7.0|national park|national_park
1F3DF+FE0F|7.0|stadium|stadium
1F3E0|6.0|house building|house
1F3E1|6.0|house with garden|house_with_garden
1F3E2|6.0|office building|office
1F3E3|6.0|japanese post office|post_office japanese_post_office
1F3E4|6.0|european post office|european_post_office
1F3E5|6.0|hospital|hospital
1F3E6|6.0|bank|bank
1F3E7|6.0|automated teller machine|atm atm_sign
1F3E8|6.0|hotel|hotel
1F3E9|6.0|love hotel|love_hotel
1F3EA|6.0|convenience store|convenience_store
1F3EB|6.0|school|school
1F3EC|6.0|department store|department_store
1F3ED|6.0|factory|factory
1F3EE|6.0|izakaya lantern|izakaya_lantern lantern
1F3EF|6.0|japanese castle|japanese_castle
1F3F0|6.0|european castle|european_castle
1F3F3+FE0F|7.0|waving white flag|waving_white_flag
1F3F4|7.0|waving black flag|waving_black_flag
1F3F5+FE0F|7.0|rosette|rosette
1F3F7+FE0F|7.0|label|label
1F3F8|8.0|badminton racquet and shuttlecock|badminton_racquet_and_shuttlecock
1F3F9|8.0|bow and arrow|bow_and_arrow
1F3FA|8.0|amphora|amphora
1F400|6.0|rat|rat
1F401|6.0|mouse|mouse2
1F402|6.0|ox|ox
1F403|6.0|water buffalo|water_buffalo
1F404|6.0|cow|cow2
1F405|6.0|tiger|tiger2
1F406|6.0|leopard|leopard
1F407|6.0|rabbit|rabbit2
1F408|6.0|cat|cat2
1F409|6.0|dragon|dragon
1F40A|6.0|crocodile|crocodile
1F40B|6.0|whale|whale2
1F40C|6.0|snail|snail
1F40D|6.0|snake|snake
1F40E|6.0|horse|racehorse
1F40F|6.0|ram|ram
1F410|6.0|goat|goat
1F411|6.0|sheep|sheep
1F412|6.0|monkey|monkey
1F413|6.0|rooster|rooster
1F414|6.0|chicken|chicken
1F415|6.0|dog|dog2
1F416|6.0|pig|pig2
1F417|6.0|boar|boar
1F418|6.0|elephant|elephant
1F419|6.0|octopus|octopus
1F41A|6.0|spiral shell|shell
1F41B|6.0|bug|bug
1F41C|6.0|ant|ant
1F41D|6.0|honeybee|bee
1F41E|6.0|lady beetle|beetle
1F41F|6.0|fish|fish
1F420|6.0|tropical fish|tropical_fish
1F421|6.0|blowfish|blowfish
1F422|6.0|turtle|turtle
1F423|6.0|hatching chick|hatching_chick
1F424|6.0|baby chick|baby_chick
1F425|6.0|front-facing baby chick|hatched_chick front_facing_baby_chick
1F426|6.0|bird|bird
1F427|6.0|penguin|penguin
1F428|6.0|koala|koala
1F429|6.0|poodle|poodle
1F42A|6.0|dromedary camel|dromedary_camel
1F42B|6.0|bactrian camel|camel two_hump_camel
1F42C|6.0|dolphin|flipper
1F42D|6.0|mouse face|mouse
1F42E|6.0|cow face|cow
1F42F|6.0|tiger face|tiger
1F430|6.0|rabbit face|rabbit
1F431|6.0|cat face|cat
1F432|6.0|dragon face|dragon_face
1F433|6.0|spouting whale|whale
1F434|6.0|horse face|horse
1F435|6.0|monkey face|monkey_face
1F436|6.0|dog face|dog
1F437|6.0|pig face|pig
1F438|6.0|frog face|frog
1F439|6.0|hamster face|hamster
1F43A|6.0|wolf face|wolf
1F43B|6.0|bear face|bear
1F43C|6.0|panda face|panda_face
1F43D|6.0|pig nose|pig_nose
1F43E|6.0|paw prints|feet
1F43F+FE0F|7.0|chipmunk|chipmunk
1F440|6.0|eyes|eyes
1F441+FE0F|7.0|eye|eye
1F442|6.0|ear|ear
1F443|6.0|nose|nose
1F444|6.0|mouth|lips
1F445|6.0|tongue|tongue
1F446|6.0|white up pointing backhand index|point_up_2
1F447|6.0|white down pointing backhand index|point_down
1F448|6.0|white left pointing backhand index|point_left
1F449|6.0|white right pointing backhand index|point_right
1F44A|6.0|fisted hand sign|fist_oncoming punch facepunch
1F44B|6.0|waving hand sign|wave
1F44C|6.0|ok hand sign|ok_hand
1F44D|6.0|thumbs up sign|thumbsup +1
1F44E|6.0|thumbs down sign|thumbsdown _1 -1
1F44F|6.0|clapping hands sign|clap
1F450|6.0|open hands sign|open_hands
1F451|6.0|crown|crown
1F452|6.0|womans hat|womans_hat
1F453|6.0|eyeglasses|eyeglasses
1F454|6.0|necktie|necktie
1F455|6.0|t-shirt|tshirt shirt t_shirt
1F456|6.0|jeans|jeans
1F457|6.0|dress|dress
1F458|6.0|kimono|kimono
1F459|6.0|bikini|bikini
1F45A|6.0|womans clothes|womans_clothes
1F45B|6.0|purse|purse
1F45C|6.0|handbag|handbag
1F45D|6.0|pouch|pouch
1F45E|6.0|mans shoe|mans_shoe shoe
1F45F|6.0|athletic shoe|athletic_shoe
1F460|6.0|high-heeled shoe|high_heel high_heeled_shoe
1F461|6.0|womans sandal|sandal womans_sandal
1F462|6.0|womans boots|boot womans_boot
1F463|6.0|footprints|footprints
1F464|6.0|bust in silhouette|bust_in_silhouette
1F465|6.0|busts in silhouette|busts_in_silhouette
1F466|6.0|boy|boy
1F467|6.0|girl|girl
1F468|6.0|man|man
1F469|6.0|woman|woman
1F46A|6.0|family|family
1F46B|6.0|man and woman holding hands|couple
1F46C|6.0|two men holding hands|two_men_holding_hands
1F46D|6.0|two women holding hands|two_women_holding_hands
1F46E|6.0|police officer|cop
1F46F|6.0|woman with bunny ears|dancers
1F470|6.0|bride with veil|person_with_veil
1F471|6.0|person with blond hair|blond_haired_person person_with_blond_hair
1F472|6.0|man with gua pi mao|man_with_gua_pi_mao
1F473|6.0|man with turban|person_with_turban
1F474|6.0|older man|older_man
1F475|6.0|older woman|older_woman
1F476|6.0|baby|baby
1F477|6.0|construction worker|construction_worker
1F478|6.0|princess|princess
1F479|6.0|japanese ogre|japanese_ogre
1F47A|6.0|japanese goblin|japanese_goblin
1F47B|6.0|ghost|ghost
1F47C|6.0|baby angel|angel
1F47D|6.0|extraterrestrial alien|alien
1F47E|6.0|alien monster|space_invader
1F47F|6.0|imp|imp
1F480|6.0|skull|skull
1F481|6.0|information desk person|tipping_hand_person information_desk_person
1F482|6.0|guardsman|guard
1F483|6.0|dancer|dancer
1F484|6.0|lipstick|lipstick
1F485|6.0|nail polish|nail_care
1F486|6.0|face massage|massage
1F487|6.0|haircut|haircut
1F488|6.0|barber pole|barber
1F489|6.0|syringe|syringe
1F48A|6.0|pill|pill
1F48B|6.0|kiss mark|kiss
1F48C|6.0|love letter|love_letter
1F48D|6.0|ring|ring
1F48E|6.0|gem stone|gem
1F48F|6.0|kiss|couplekiss
1F490|6.0|bouquet|bouquet
1F491|6.0|couple with heart|couple_with_heart
1F492|6.0|wedding|wedding
1F493|6.0|beating heart|heartbeat
1F494|6.0|broken heart|broken_heart
1F495|6.0|two hearts|two_hearts
1F496|6.0|sparkling heart|sparkling_heart
1F497|6.0|growing heart|heartpulse
1F498|6.0|heart with arrow|cupid
1F499|6.0|blue heart|blue_heart
1F49A|6.0|green heart|green_heart
1F49B|6.0|yellow heart|yellow_heart
1F49C|6.0|purple heart|purple_heart
1F49D|6.0|heart with ribbon|gift_heart
1F49E|6.0|revolving hearts|revolving_hearts
1F49F|6.0|heart decoration|heart_decoration
1F4A0|6.0|diamond shape with a dot inside|diamond_shape_with_a_dot_inside
1F4A1|6.0|electric light bulb|bulb
1F4A2|6.0|anger symbol|anger
1F4A3|6.0|bomb|bomb
1F4A4|6.0|sleeping symbol|zzz
1F4A5|6.0|collision symbol|boom
1F4A6|6.0|splashing sweat symbol|sweat_drops
1F4A7|6.0|droplet|droplet
1F4A8|6.0|dash symbol|dash
1F4A9|6.0|pile of poo|poop hankey shit
1F4AA|6.0|flexed biceps|muscle
1F4AB|6.0|dizzy symbol|dizzy
1F4AC|6.0|speech balloon|speech_balloon
1F4AD|6.0|thought balloon|thought_balloon
1F4AE|6.0|white flower|white_flower
1F4AF|6.0|hundred points symbol|100
1F4B0|6.0|money bag|moneybag
1F4B1|6.0|currency exchange|currency_exchange
1F4B2|6.0|heavy dollar sign|heavy_dollar_sign
1F4B3|6.0|credit card|credit_card
1F4B4|6.0|banknote with yen sign|yen
1F4B5|6.0|banknote with dollar sign|dollar
1F4B6|6.0|banknote with euro sign|euro
1F4B7|6.0|banknote with pound sign|pound
1F4B8|6.0|money with wings|money_with_wings
1F4B9|6.0|chart with upwards trend and yen sign|chart
1F4BA|6.0|seat|seat
1F4BB|6.0|personal computer|computer
1F4BC|6.0|briefcase|briefcase
1F4BD|6.0|minidisc|minidisc
1F4BE|6.0|floppy disk|floppy_disk
1F4BF|6.0|optical disc|cd
1F4C0|6.0|dvd|dvd
1F4C1|6.0|file folder|file_folder
1F4C2|6.0|open file folder|open_file_folder
1F4C3|6.0|page with curl|page_with_curl
1F4C4|6.0|page facing up|page_facing_up
1F4C5|6.0|calendar|date
1F4C6|6.0|tear-off calendar|calendar tear_off_calendar
1F4C7|6.0|card index|card_index
1F4C8|6.0|chart with upwards trend|chart_with_upwards_trend
1F4C9|6.0|chart with downwards trend|chart_with_downwards_trend
1F4CA|6.0|bar chart|bar_chart
1F4CB|6.0|clipboard|clipboard
1F4CC|6.0|pushpin|pushpin
1F4CD|6.0|round pushpin|round_pushpin
1F4CE|6.0|paperclip|paperclip
1F4CF|6.0|straight ruler|straight_ruler
1F4D0|6.0|triangular ruler|triangular_ruler
1F4D1|6.0|bookmark tabs|bookmark_tabs
1F4D2|6.0|ledger|ledger
1F4D3|6.0|notebook|notebook
1F4D4|6.0|notebook with decorative cover|notebook_with_decorative_cover
1F4D5|6.0|closed book|closed_book
1F4D6|6.0|open book|book
1F4D7|6.0|green book|green_book
1F4D8|6.0|blue book|blue_book
1F4D9|6.0|orange book|orange_book
1F4DA|6.0|books|books
1F4DB|6.0|name badge|name_badge
1F4DC|6.0|scroll|scroll
1F4DD|6.0|memo|pencil
1F4DE|6.0|telephone receiver|telephone_receiver
1F4DF|6.0|pager|pager
1F4E0|6.0|fax machine|fax
1F4E1|6.0|satellite antenna|satellite
1F4E2|6.0|public address loudspeaker|loudspeaker
1F4E3|6.0|cheering megaphone|mega
1F4E4|6.0|outbox tray|outbox_tray
1F4E5|6.0|inbox tray|inbox_tray
1F4E6|6.0|package|package
1F4E7|6.0|e-mail symbol|email e_mail
1F4E8|6.0|incoming envelope|incoming_envelope
1F4E9|6.0|envelope with downwards arrow above|envelope_with_arrow
1F4EA|6.0|closed mailbox with lowered flag|mailbox_closed
1F4EB|6.0|closed mailbox with raised flag|mailbox
1F4EC|6.0|open mailbox with raised flag|mailbox_with_mail
1F4ED|6.0|open mailbox with lowered flag|mailbox_with_no_mail
1F4EE|6.0|postbox|postbox
1F4EF|6.0|postal horn|postal_horn
1F4F0|6.0|newspaper|newspaper
1F4F1|6.0|mobile phone|iphone
1F4F2|6.0|mobile phone with rightwards arrow at left|calling
1F4F3|6.0|vibration mode|vibration_mode
1F4F4|6.0|mobile phone off|mobile_phone_off
1F4F5|6.0|no mobile phones|no_mobile_phones
1F4F6|6.0|antenna with bars|signal_strength
1F4F7|6.0|camera|camera
1F4F8|7.0|camera with flash|camera_flash
1F4F9|6.0|video camera|video_camera
1F4FA|6.0|television|tv
1F4FB|6.0|radio|radio
1F4FC|6.0|videocassette|vhs
1F4FD+FE0F|7.0|film projector|film_projector
1F4FF|8.0|prayer beads|prayer_beads
1F500|6.0|twisted rightwards arrows|twisted_rightwards_arrows
1F501|6.0|clockwise rightwards and leftwards open circle arrows|repeat
1F502|6.0|clockwise rightwards and leftwards open circle arrows with circled one overlay|repeat_one
1F503|6.0|clockwise downwards and upwards open circle arrows|arrows_clockwise
1F504|6.0|anticlockwise downwards and upwards open circle arrows|arrows_counterclockwise
1F505|6.0|low brightness symbol|low_brightness
1F506|6.0|high brightness symbol|high_brightness
1F507|6.0|speaker with cancellation stroke|mute
1F508|6.0|speaker|speaker
1F509|6.0|speaker with one sound wave|sound
1F50A|6.0|speaker with three sound waves|loud_sound
1F50B|6.0|battery|battery
1F50C|6.0|electric plug|electric_plug
1F50D|6.0|left-pointing magnifying glass|mag
1F50E|6.0|right-pointing magnifying glass|mag_right
1F50F|6.0|lock with ink pen|lock_with_ink_pen
1F510|6.0|closed lock with key|closed_lock_with_key
1F511|6.0|key|key
1F512|6.0|lock|lock
1F513|6.0|open lock|unlock
1F514|6.0|bell|bell
1F515|6.0|bell with cancellation stroke|no_bell
1F516|6.0|bookmark|bookmark
1F517|6.0|link symbol|link
1F518|6.0|radio button|radio_button
1F519|6.0|back with leftwards arrow above|back back_arrow
1F51A|6.0|end with leftwards arrow above|end end_arrow
1F51B|6.0|on with exclamation mark with left right arrow above|on on_arrow
1F51C|6.0|soon with rightwards arrow above|soon soon_arrow
1F51D|6.0|top with upwards arrow above|top top_arrow
1F51E|6.0|no one under eighteen symbol|underage
1F51F|6.0|keycap ten|ten keycap_ten
1F520|6.0|input symbol for latin capital letters|capital_abcd
1F521|6.0|input symbol for latin small letters|abcd
1F522|6.0|input symbol for numbers|1234
1F523|6.0|input symbol for symbols|symbols
1F524|6.0|input symbol for latin letters|abc
1F525|6.0|fire|fire
1F526|6.0|electric torch|flashlight
1F527|6.0|wrench|wrench
1F528|6.0|hammer|hammer
1F529|6.0|nut and bolt|nut_and_bolt
1F52A|6.0|hocho|hocho knife
1F52B|6.0|pistol|gun
1F52C|6.0|microscope|microscope
1F52D|6.0|telescope|telescope
1F52E|6.0|crystal ball|crystal_ball
1F52F|6.0|six pointed star with middle dot|six_pointed_star dotted_six_pointed_star
1F530|6.0|japanese symbol for beginner|beginner japanese_symbol_for_beginner
1F531|6.0|trident emblem|trident
1F532|6.0|black square button|black_square_button
1F533|6.0|white square button|white_square_button
1F534|6.0|large red circle|red_circle
1F535|6.0|large blue circle|large_blue_circle
1F536|6.0|large orange diamond|large_orange_diamond
1F537|6.0|large blue diamond|large_blue_diamond
1F538|6.0|small orange diamond|small_orange_diamond
1F539|6.0|small blue diamond|small_blue_diamond
1F53A|6.0|up-pointing red triangle|small_red_triangle
1F53B|6.0|down-pointing red triangle|small_red_triangle_down
1F53C|6.0|up-pointing small red triangle|arrow_up_small
1F53D|6.0|down-pointing small red triangle|arrow_down_small
1F549+FE0F|7.0|om symbol|om_symbol
1F54A+FE0F|7.0|dove of peace|dove_of_peace
1F54B|8.0|kaaba|kaaba
1F54C|8.0|mosque|mosque
1F54D|8.0|synagogue|synagogue
1F54E|8.0|menorah with nine branches|menorah_with_nine_branches
1F550|6.0|clock face one oclock|clock1 one_oclock
1F551|6.0|clock face two oclock|clock2 two_oclock
1F552|6.0|clock face three oclock|clock3 three_oclock
1F553|6.0|clock face four oclock|clock4 four_oclock
1F554|6.0|clock face five oclock|clock5 five_oclock
1F555|6.0|clock face six oclock|clock6 six_oclock
1F556|6.0|clock face seven oclock|clock7 seven_oclock
1F557|6.0|clock face eight oclock|clock8 eight_oclock
1F558|6.0|clock face nine oclock|clock9 nine_oclock
1F559|6.0|clock face ten oclock|clock10 ten_oclock
1F55A|6.0|clock face eleven oclock|clock11 eleven_oclock
1F55B|6.0|clock face twelve oclock|clock12 twelve_oclock
1F55C|6.0|clock face one-thirty|clock130 one_thirty
1F55D|6.0|clock face two-thirty|clock230 two_thirty
1F55E|6.0|clock face three-thirty|clock330 three_thirty
1F55F|6.0|clock face four-thirty|clock430 four_thirty
1F560|6.0|clock face five-thirty|clock530 five_thirty
1F561|6.0|clock face six-thirty|clock630 six_thirty
1F562|6.0|clock face seven-thirty|clock730 seven_thirty
1F563|6.0|clock face eight-thirty|clock830 eight_thirty
1F564|6.0|clock face nine-thirty|clock930 nine_thirty
1F565|6.0|clock face ten-thirty|clock1030 ten_thirty
1F566|6.0|clock face eleven-thirty|clock1130 eleven_thirty
1F567|6.0|clock face twelve-thirty|clock1230 twelve_thirty
1F56F+FE0F|7.0|candle|candle
1F570+FE0F|7.0|mantelpiece clock|mantelpiece_clock
1F573+FE0F|7.0|hole|hole
1F574+FE0F|7.0|man in business suit levitating|business_suit_levitating man_in_business_suit_levitating
1F575+FE0F|7.0|sleuth or spy|sleuth_or_spy
1F576+FE0F|7.0|dark sunglasses|dark_sunglasses
1F577+FE0F|7.0|spider|spider
1F578+FE0F|7.0|spider web|spider_web
1F579+FE0F|7.0|joystick|joystick
1F57A|9.0|man dancing|man_dancing
1F587+FE0F|7.0|linked paperclips|paperclips
1F58A+FE0F|7.0|lower left ballpoint pen|lower_left_ballpoint_pen
1F58B+FE0F|7.0|lower left fountain pen|lower_left_fountain_pen
1F58C+FE0F|7.0|lower left paintbrush|lower_left_paintbrush
1F58D+FE0F|7.0|lower left crayon|lower_left_crayon
1F590+FE0F|7.0|raised hand with fingers splayed|raised_hand_with_fingers_splayed
1F595|7.0|reversed hand with middle finger extended|fu reversed_hand_with_middle_finger_extended
1F596|7.0|raised hand with part between middle and ring fingers|raised_hand_with_part_between_middle_and_ring_fingers
1F5A4|9.0|black heart|black_heart
1F5A5+FE0F|7.0|desktop computer|desktop_computer
1F5A8+FE0F|7.0|printer|printer
1F5B1+FE0F|7.0|three button mouse|three_button_mouse
1F5B2+FE0F|7.0|trackball|trackball
1F5BC+FE0F|7.0|frame with picture|frame_with_picture
1F5C2+FE0F|7.0|card index dividers|card_index_dividers
1F5C3+FE0F|7.0|card file box|card_file_box
1F5C4+FE0F|7.0|file cabinet|file_cabinet
1F5D1+FE0F|7.0|wastebasket|wastebasket
1F5D2+FE0F|7.0|spiral note pad|spiral_note_pad
1F5D3+FE0F|7.0|spiral calendar pad|spiral_calendar_pad
1F5DC+FE0F|7.0|compression|compression
1F5DD+FE0F|7.0|old key|old_key
1F5DE+FE0F|7.0|rolled-up newspaper|rolled_up_newspaper newspaper_roll
1F5E1+FE0F|7.0|dagger knife|dagger_knife
1F5E3+FE0F|7.0|speaking head in silhouette|speaking_head_in_silhouette
1F5E8+FE0F|7.0|left speech bubble|left_speech_bubble
1F5EF+FE0F|7.0|right anger bubble|right_anger_bubble
1F5F3+FE0F|7.0|ballot box with ballot|ballot_box
1F5FA+FE0F|7.0|world map|world_map
1F5FB|6.0|mount fuji|mount_fuji
1F5FC|6.0|tokyo tower|tokyo_tower
1F5FD|6.0|statue of liberty|statue_of_liberty
1F5FE|6.0|silhouette of japan|japan map_of_japan
1F5FF|6.0|moyai|moyai
1F600|6.1|grinning face|grinning
1F601|6.0|grinning face with smiling eyes|grin
1F602|6.0|face with tears of joy|joy
1F603|6.0|smiling face with open mouth|smiley
1F604|6.0|smiling face with open mouth and smiling eyes|smile
1F605|6.0|smiling face with open mouth and cold sweat|sweat_smile
1F606|6.0|smiling face with open mouth and tightly-closed eyes|satisfied laughing
1F607|6.0|smiling face with halo|innocent
1F608|6.0|smiling face with horns|smiling_imp
1F609|6.0|winking face|wink
1F60A|6.0|smiling face with smiling eyes|blush
1F60B|6.0|face savouring delicious food|yum
1F60C|6.0|relieved face|relieved
1F60D|6.0|smiling face with heart-shaped eyes|heart_eyes smiling_face_with_heart_eyes
1F60E|6.0|smiling face with sunglasses|sunglasses
1F60F|6.0|smirking face|smirk
1F610|6.0|neutral face|neutral_face
1F611|6.1|expressionless face|expressionless
1F612|6.0|unamused face|unamused
1F613|6.0|face with cold sweat|sweat
1F614|6.0|pensive face|pensive
1F615|6.1|confused face|confused
1F616|6.0|confounded face|confounded
1F617|6.1|kissing face|kissing
1F618|6.0|face throwing a kiss|kissing_heart
1F619|6.1|kissing face with smiling eyes|kissing_smiling_eyes
1F61A|6.0|kissing face with closed eyes|kissing_closed_eyes
1F61B|6.1|face with stuck-out tongue|stuck_out_tongue
1F61C|6.0|face with stuck-out tongue and winking eye|stuck_out_tongue_winking_eye
1F61D|6.0|face with stuck-out tongue and tightly-closed eyes|stuck_out_tongue_closed_eyes
1F61E|6.0|disappointed face|disappointed
1F61F|6.1|worried face|worried
1F620|6.0|angry face|angry
1F621|6.0|pouting face|rage pout
1F622|6.0|crying face|cry
1F623|6.0|persevering face|persevere
1F624|6.0|face with look of triumph|triumph
1F625|6.0|disappointed but relieved face|disappointed_relieved
1F626|6.1|frowning face with open mouth|frowning
1F627|6.1|anguished face|anguished
1F628|6.0|fearful face|fearful
1F629|6.0|weary face|weary
1F62A|6.0|sleepy face|sleepy
1F62B|6.0|tired face|tired_face
1F62C|6.1|grimacing face|grimacing
1F62D|6.0|loudly crying face|sob
1F62E|6.1|face with open mouth|open_mouth
1F62F|6.1|hushed face|hushed
1F630|6.0|face with open mouth and cold sweat|cold_sweat
1F631|6.0|face screaming in fear|scream
1F632|6.0|astonished face|astonished
1F633|6.0|flushed face|flushed
1F634|6.1|sleeping face|sleeping
1F635|6.0|dizzy face|dizzy_face face_with_crossed_out_eyes knocked_out_face
1F636|6.0|face without mouth|no_mouth
1F637|6.0|face with medical mask|mask
1F638|6.0|grinning cat face with smiling eyes|smile_cat
1F639|6.0|cat face with tears of joy|joy_cat
1F63A|6.0|smiling cat face with open mouth|smiley_cat
1F63B|6.0|smiling cat face with heart-shaped eyes|heart_eyes_cat smiling_cat_with_heart_eyes
1F63C|6.0|cat face with wry smile|smirk_cat
1F63D|6.0|kissing cat face with closed eyes|kissing_cat
1F63E|6.0|pouting cat face|pouting_cat
1F63F|6.0|crying cat face|crying_cat_face
1F640|6.0|weary cat face|scream_cat
1F641|7.0|slightly frowning face|slightly_frowning_face
1F642|7.0|slightly smiling face|slightly_smiling_face
1F643|8.0|upside-down face|upside_down_face
1F644|8.0|face with rolling eyes|roll_eyes
1F645|6.0|face with no good gesture|no_good person_gesturing_no
1F646|6.0|face with ok gesture|ok_person person_gesturing_ok
1F647|6.0|person bowing deeply|bow
1F648|6.0|see-no-evil monkey|see_no_evil see_no_evil_monkey
1F649|6.0|hear-no-evil monkey|hear_no_evil hear_no_evil_monkey
1F64A|6.0|speak-no-evil monkey|speak_no_evil speak_no_evil_monkey
1F64B|6.0|happy person raising one hand|raising_hand
1F64C|6.0|person raising both hands in celebration|raised_hands
1F64D|6.0|person frowning|frowning_person
1F64E|6.0|person with pouting face|pouting_face person_with_pouting_face
1F64F|6.0|person with folded hands|pray
1F680|6.0|rocket|rocket
1F681|6.0|helicopter|helicopter
1F682|6.0|steam locomotive|steam_locomotive
1F683|6.0|railway car|railway_car
1F684|6.0|high-speed train|bullettrain_side high_speed_train
1F685|6.0|high-speed train with bullet nose|bullettrain_front
1F686|6.0|train|train2
1F687|6.0|metro|metro
1F688|6.0|light rail|light_rail
1F689|6.0|station|station
1F68A|6.0|tram|tram
1F68B|6.0|tram car|train
1F68C|6.0|bus|bus
1F68D|6.0|oncoming bus|oncoming_bus
1F68E|6.0|trolleybus|trolleybus
1F68F|6.0|bus stop|busstop
1F690|6.0|minibus|minibus
1F691|6.0|ambulance|ambulance
1F692|6.0|fire engine|fire_engine
1F693|6.0|police car|police_car
1F694|6.0|oncoming police car|oncoming_police_car
1F695|6.0|taxi|taxi
1F696|6.0|oncoming taxi|oncoming_taxi
1F697|6.0|automobile|car red_car
1F698|6.0|oncoming automobile|oncoming_automobile
1F699|6.0|recreational vehicle|blue_car
1F69A|6.0|delivery truck|truck
1F69B|6.0|articulated lorry|articulated_lorry
1F69C|6.0|tractor|tractor
1F69D|6.0|monorail|monorail
1F69E|6.0|mountain railway|mountain_railway
1F69F|6.0|suspension railway|suspension_railway
1F6A0|6.0|mountain cableway|mountain_cableway
1F6A1|6.0|aerial tramway|aerial_tramway
1F6A2|6.0|ship|ship
1F6A3|6.0|rowboat|rowboat
1F6A4|6.0|speedboat|speedboat
1F6A5|6.0|horizontal traffic light|traffic_light
1F6A6|6.0|vertical traffic light|vertical_traffic_light
1F6A7|6.0|construction sign|construction
1F6A8|6.0|police cars revolving light|rotating_light
1F6A9|6.0|triangular flag on post|triangular_flag_on_post
1F6AA|6.0|door|door
1F6AB|6.0|no entry sign|no_entry_sign
1F6AC|6.0|smoking symbol|smoking
1F6AD|6.0|no smoking symbol|no_smoking
1F6AE|6.0|put litter in its place symbol|put_litter_in_its_place
1F6AF|6.0|do not litter symbol|do_not_litter
1F6B0|6.0|potable water symbol|potable_water
1F6B1|6.0|non-potable water symbol|non_potable_water
1F6B2|6.0|bicycle|bike
1F6B3|6.0|no bicycles|no_bicycles
1F6B4|6.0|bicyclist|bicyclist
1F6B5|6.0|mountain bicyclist|mountain_bicyclist
1F6B6|6.0|pedestrian|walking
1F6B7|6.0|no pedestrians|no_pedestrians
1F6B8|6.0|children crossing|children_crossing
1F6B9|6.0|mens symbol|mens mens_room
1F6BA|6.0|womens symbol|womens womens_room
1F6BB|6.0|restroom|restroom
1F6BC|6.0|baby symbol|baby_symbol
1F6BD|6.0|toilet|toilet
1F6BE|6.0|water closet|wc
1F6BF|6.0|shower|shower
1F6C0|6.0|bath|bath
1F6C1|6.0|bathtub|bathtub
1F6C2|6.0|passport control|passport_control
1F6C3|6.0|customs|customs
1F6C4|6.0|baggage claim|baggage_claim
1F6C5|6.0|left luggage|left_luggage
1F6CB+FE0F|7.0|couch and lamp|couch_and_lamp
1F6CC|7.0|sleeping accommodation|sleeping_bed sleeping_accommodation
1F6CD+FE0F|7.0|shopping bags|shopping
1F6CE+FE0F|7.0|bellhop bell|bellhop_bell
1F6CF+FE0F|7.0|bed|bed
1F6D0|8.0|place of worship|place_of_worship
1F6D1|9.0|octagonal sign|stop_sign
1F6D2|9.0|shopping trolley|shopping_cart
1F6D5|12.0|hindu temple|hindu_temple
1F6D6|13.0|hut|hut
1F6D7|13.0|elevator|elevator
1F6DC|15.0|wireless|wireless
1F6DD|14.0|playground slide|playground_slide
1F6DE|14.0|wheel|wheel
1F6DF|14.0|ring buoy|ring_buoy
1F6E0+FE0F|7.0|hammer and wrench|hammer_and_wrench
1F6E1+FE0F|7.0|shield|shield
1F6E2+FE0F|7.0|oil drum|oil_drum
1F6E3+FE0F|7.0|motorway|motorway
1F6E4+FE0F|7.0|railway track|railway_track
1F6E5+FE0F|7.0|motor boat|motor_boat
1F6E9+FE0F|7.0|small airplane|small_airplane
1F6EB|7.0|airplane departure|flight_departure
1F6EC|7.0|airplane arriving|airplane_arriving flight_arrival
1F6F0+FE0F|7.0|satellite|artificial_satellite
1F6F3+FE0F|7.0|passenger ship|passenger_ship
1F6F4|9.0|scooter|kick_scooter
1F6F5|9.0|motor scooter|motor_scooter
1F6F6|9.0|canoe|canoe
1F6F7|10.0|sled|sled
1F6F8|10.0|flying saucer|flying_saucer
1F6F9|11.0|skateboard|skateboard
1F6FA|12.0|auto rickshaw|auto_rickshaw
1F6FB|13.0|pickup truck|pickup_truck
1F6FC|13.0|roller skate|roller_skate
1F7E0|12.0|large orange circle|orange_circle
1F7E1|12.0|large yellow circle|yellow_circle
1F7E2|12.0|large green circle|green_circle
1F7E3|12.0|large purple circle|purple_circle
1F7E4|12.0|large brown circle|brown_circle
1F7E5|12.0|large red square|red_square
1F7E6|12.0|large blue square|blue_square
1F7E7|12.0|large orange square|orange_square
1F7E8|12.0|large yellow square|yellow_square
1F7E9|12.0|large green square|green_square
1F7EA|12.0|large purple square|purple_square
1F7EB|12.0|large brown square|brown_square
1F7F0|14.0|heavy equals sign|heavy_equals_sign
1F90C|13.0|pinched fingers|pinched_fingers
1F90D|12.0|white heart|white_heart
1F90E|12.0|brown heart|brown_heart
1F90F|12.0|pinching hand|pinching_hand
1F910|8.0|zipper-mouth face|zipper_mouth_face
1F911|8.0|money-mouth face|money_mouth_face
1F912|8.0|face with thermometer|face_with_thermometer thermometer_face
1F913|8.0|nerd face|nerd_face
1F914|8.0|thinking face|thinking
1F915|8.0|face with head-bandage|face_with_head_bandage
1F916|8.0|robot face|robot_face
1F917|8.0|hugging face|hugging_face hugs
1F918|8.0|sign of the horns|metal
1F919|9.0|call me hand|call_me_hand
1F91A|9.0|raised back of hand|raised_back_of_hand
1F91B|9.0|left-facing fist|fist_left left_facing_fist
1F91C|9.0|right-facing fist|fist_right right_facing_fist
1F91D|9.0|handshake|handshake
1F91E|9.0|hand with index and middle fingers crossed|crossed_fingers
1F91F|10.0|i love you hand sign|love_you_gesture
1F920|9.0|face with cowboy hat|cowboy_hat_face
1F921|9.0|clown face|clown_face
1F922|9.0|nauseated face|nauseated_face sick
1F923|9.0|rolling on the floor laughing|rofl
1F924|9.0|drooling face|drooling_face
1F925|9.0|lying face|lying_face
1F926|9.0|face palm|facepalm
1F927|9.0|sneezing face|sneezing_face
1F928|10.0|face with one eyebrow raised|raised_eyebrow
1F929|10.0|grinning face with star eyes|star_struck
1F92A|10.0|grinning face with one large and one small eye|zany_face
1F92B|10.0|face with finger covering closed lips|shushing_face
1F92C|10.0|serious face with symbols covering mouth|cursing_face
1F92D|10.0|smiling face with smiling eyes and hand covering mouth|hand_over_mouth
1F92E|10.0|face with open mouth vomiting|vomiting_face
1F92F|10.0|shocked face with exploding head|exploding_head
1F930|9.0|pregnant woman|pregnant_woman
1F931|10.0|breast-feeding|breast_feeding
1F932|10.0|palms up together|palms_up_together
1F933|9.0|selfie|selfie
1F934|9.0|prince|prince
1F935|9.0|man in tuxedo|person_in_tuxedo
1F936|9.0|mother christmas|mrs_claus
1F937|9.0|shrug|shrug
1F938|9.0|person doing cartwheel|cartwheeling
1F939|9.0|juggling|juggling_person
1F93A|9.0|fencer|person_fencing
1F93C|9.0|wrestlers|wrestling
1F93D|9.0|water polo|water_polo
1F93E|9.0|handball|handball_person
1F93F|12.0|diving mask|diving_mask
1F940|9.0|wilted flower|wilted_flower
1F941|9.0|drum with drumsticks|drum
1F942|9.0|clinking glasses|clinking_glasses
1F943|9.0|tumbler glass|tumbler_glass
1F944|9.0|spoon|spoon
1F945|9.0|goal net|goal_net
1F947|9.0|first place medal|1st_place_medal
1F948|9.0|second place medal|2nd_place_medal
1F949|9.0|third place medal|3rd_place_medal
1F94A|9.0|boxing glove|boxing_glove
1F94B|9.0|martial arts uniform|martial_arts_uniform
1F94C|10.0|curling stone|curling_stone
1F94D|11.0|lacrosse stick and ball|lacrosse
1F94E|11.0|softball|softball
1F94F|11.0|flying disc|flying_disc
1F950|9.0|croissant|croissant
1F951|9.0|avocado|avocado
1F952|9.0|cucumber|cucumber
1F953|9.0|bacon|bacon
1F954|9.0|potato|potato
1F955|9.0|carrot|carrot
1F956|9.0|baguette bread|baguette_bread
1F957|9.0|green salad|green_salad
1F958|9.0|shallow pan of food|shallow_pan_of_food
1F959|9.0|stuffed flatbread|stuffed_flatbread
1F95A|9.0|egg|egg2
1F95B|9.0|glass of milk|milk_glass
1F95C|9.0|peanuts|peanuts
1F95D|9.0|kiwifruit|kiwi_fruit
1F95E|9.0|pancakes|pancakes
1F95F|10.0|dumpling|dumpling
1F960|10.0|fortune cookie|fortune_cookie
1F961|10.0|takeout box|takeout_box
1F962|10.0|chopsticks|chopsticks
1F963|10.0|bowl with spoon|bowl_with_spoon
1F964|10.0|cup with straw|cup_with_straw
1F965|10.0|coconut|coconut
1F966|10.0|broccoli|broccoli
1F967|10.0|pie|pie
1F968|10.0|pretzel|pretzel
1F969|10.0|cut of meat|cut_of_meat
1F96A|10.0|sandwich|sandwich
1F96B|10.0|canned food|canned_food
1F96C|11.0|leafy green|leafy_green
1F96D|11.0|mango|mango
1F96E|11.0|moon cake|moon_cake
1F96F|11.0|bagel|bagel
1F970|11.0|smiling face with smiling eyes and three hearts|smiling_face_with_three_hearts
1F971|12.0|yawning face|yawning_face
1F972|13.0|smiling face with tear|smiling_face_with_tear
1F973|11.0|face with party horn and party hat|partying_face
1F974|11.0|face with uneven eyes and wavy mouth|woozy_face
1F975|11.0|overheated face|hot_face
1F976|11.0|freezing face|cold_face
1F977|13.0|ninja|ninja
1F978|13.0|disguised face|disguised_face
1F979|14.0|face holding back tears|face_holding_back_tears
1F97A|11.0|face with pleading eyes|pleading_face
1F97B|12.0|sari|sari
1F97C|11.0|lab coat|lab_coat
1F97D|11.0|goggles|goggles
1F97E|11.0|hiking boot|hiking_boot
1F97F|11.0|flat shoe|flat_shoe
1F980|8.0|crab|crab
1F981|8.0|lion face|lion_face
1F982|8.0|scorpion|scorpion
1F983|8.0|turkey|turkey
1F984|8.0|unicorn face|unicorn_face
1F985|9.0|eagle|eagle
1F986|9.0|duck|duck
1F987|9.0|bat|bat
1F988|9.0|shark|shark
1F989|9.0|owl|owl
1F98A|9.0|fox face|fox_face
1F98B|9.0|butterfly|butterfly
1F98C|9.0|deer|deer
1F98D|9.0|gorilla|harambe
1F98E|9.0|lizard|lizard
1F98F|9.0|rhinoceros|rhinoceros
1F990|9.0|shrimp|shrimp
1F991|9.0|squid|squid
1F992|10.0|giraffe face|giraffe
1F993|10.0|zebra face|zebra
1F994|10.0|hedgehog|hedgehog
1F995|10.0|sauropod|sauropod
1F996|10.0|t-rex|t-rex t_rex
1F997|10.0|cricket|cricket
1F998|11.0|kangaroo|kangaroo
1F999|11.0|llama|llama
1F99A|11.0|peacock|peacock
1F99B|11.0|hippopotamus|hippopotamus
1F99C|11.0|parrot|parrot
1F99D|11.0|raccoon|raccoon
1F99E|11.0|lobster|lobster
1F99F|11.0|mosquito|mosquito
1F9A0|11.0|microbe|microbe
1F9A1|11.0|badger|badger
1F9A2|11.0|swan|swan
1F9A3|13.0|mammoth|mammoth
1F9A4|13.0|dodo|dodo
1F9A5|12.0|sloth|sloth
1F9A6|12.0|otter|otter
1F9A7|12.0|orangutan|orangutan
1F9A8|12.0|skunk|skunk
1F9A9|12.0|flamingo|flamingo
1F9AA|12.0|oyster|oyster
1F9AB|13.0|beaver|beaver
1F9AC|13.0|bison|bison
1F9AD|13.0|seal|seal
1F9AE|12.0|guide dog|guide_dog
1F9AF|12.0|probing cane|probing_cane
1F9B4|11.0|bone|bone
1F9B5|11.0|leg|leg
1F9B6|11.0|foot|foot
1F9B7|11.0|tooth|tooth
1F9B8|11.0|superhero|superhero
1F9B9|11.0|supervillain|supervillain
1F9BA|12.0|safety vest|safety_vest
1F9BB|12.0|ear with hearing aid|ear_with_hearing_aid
1F9BC|12.0|motorized wheelchair|motorized_wheelchair
1F9BD|12.0|manual wheelchair|manual_wheelchair
1F9BE|12.0|mechanical arm|mechanical_arm
1F9BF|12.0|mechanical leg|mechanical_leg
1F9C0|8.0|cheese wedge|cheese
1F9C1|11.0|cupcake|cupcake
1F9C2|11.0|salt shaker|salt
1F9C3|12.0|beverage box|beverage_box
1F9C4|12.0|garlic|garlic
1F9C5|12.0|onion|onion
1F9C6|12.0|falafel|falafel
1F9C7|12.0|waffle|waffle
1F9C8|12.0|butter|butter
1F9C9|12.0|mate drink|mate
1F9CA|12.0|ice cube|ice_cube
1F9CB|13.0|bubble tea|bubble_tea
1F9CC|14.0|troll|troll
1F9CD|12.0|standing person|standing_person
1F9CE|12.0|kneeling person|kneeling_person
1F9CF|12.0|deaf person|deaf_person
1F9D0|10.0|face with monocle|monocle_face
1F9D1|10.0|adult|adult
1F9D2|10.0|child|child
1F9D3|10.0|older adult|older_adult
1F9D4|10.0|bearded person|bearded_person
1F9D5|10.0|person with headscarf|woman_with_headscarf
1F9D6|10.0|person in steamy room|sauna_person
1F9D7|10.0|person climbing|climbing
1F9D8|10.0|person in lotus position|lotus_position
1F9D9|10.0|mage|mage
1F9DA|10.0|fairy|fairy
1F9DB|10.0|vampire|vampire
1F9DC|10.0|merperson|merperson
1F9DD|10.0|elf|elf
1F9DE|10.0|genie|genie
1F9DF|10.0|zombie|zombie
1F9E0|10.0|brain|brain
1F9E1|10.0|orange heart|orange_heart
1F9E2|10.0|billed cap|billed_cap
1F9E3|10.0|scarf|scarf
1F9E4|10.0|gloves|gloves
1F9E5|10.0|coat|coat
1F9E6|10.0|socks|socks
1F9E7|11.0|red gift envelope|red_envelope
1F9E8|11.0|firecracker|firecracker
1F9E9|11.0|jigsaw puzzle piece|jigsaw
1F9EA|11.0|test tube|test_tube
1F9EB|11.0|petri dish|petri_dish
1F9EC|11.0|dna double helix|dna
1F9ED|11.0|compass|compass
1F9EE|11.0|abacus|abacus
1F9EF|11.0|fire extinguisher|fire_extinguisher
1F9F0|11.0|toolbox|toolbox
1F9F1|11.0|brick|bricks
1F9F2|11.0|magnet|magnet
1F9F3|11.0|luggage|luggage
1F9F4|11.0|lotion bottle|lotion_bottle
1F9F5|11.0|spool of thread|thread
1F9F6|11.0|ball of yarn|yarn
1F9F7|11.0|safety pin|safety_pin
1F9F8|11.0|teddy bear|teddy_bear
1F9F9|11.0|broom|broom
1F9FA|11.0|basket|basket
1F9FB|11.0|roll of paper|roll_of_paper
1F9FC|11.0|bar of soap|soap
1F9FD|11.0|sponge|sponge
1F9FE|11.0|receipt|receipt
1F9FF|11.0|nazar amulet|nazar_amulet
1FA70|12.0|ballet shoes|ballet_shoes
1FA71|12.0|one-piece swimsuit|one_piece_swimsuit
1FA72|12.0|briefs|swim_brief
1FA73|12.0|shorts|shorts
1FA74|13.0|thong sandal|thong_sandal
1FA75|15.0|light blue heart|light_blue_heart
1FA76|15.0|grey heart|grey_heart
1FA77|15.0|pink heart|pink_heart
1FA78|12.0|drop of blood|drop_of_blood
1FA79|12.0|adhesive bandage|adhesive_bandage
1FA7A|12.0|stethoscope|stethoscope
1FA7B|14.0|x-ray|x_ray
1FA7C|14.0|crutch|crutch
1FA80|12.0|yo-yo|yo_yo
1FA81|12.0|kite|kite
1FA82|12.0|parachute|parachute
1FA83|13.0|boomerang|boomerang
1FA84|13.0|magic wand|magic_wand
1FA85|13.0|pinata|pinata
1FA86|13.0|nesting dolls|nesting_dolls
1FA87|15.0|maracas|maracas
1FA88|15.0|flute|flute
1FA90|12.0|ringed planet|ringed_planet
1FA91|12.0|chair|chair
1FA92|12.0|razor|razor
1FA93|12.0|axe|axe
1FA94|12.0|diya lamp|diya_lamp
1FA95|12.0|banjo|banjo
1FA96|13.0|military helmet|military_helmet
1FA97|13.0|accordion|accordion
1FA98|13.0|long drum|long_drum
1FA99|13.0|coin|coin
1FA9A|13.0|carpentry saw|carpentry_saw
1FA9B|13.0|screwdriver|screwdriver
1FA9C|13.0|ladder|ladder
1FA9D|13.0|hook|hook
1FA9E|13.0|mirror|mirror
1FA9F|13.0|window|window
1FAA0|13.0|plunger|plunger
1FAA1|13.0|sewing needle|sewing_needle
1FAA2|13.0|knot|knot
1FAA3|13.0|bucket|bucket
1FAA4|13.0|mouse trap|mouse_trap
1FAA5|13.0|toothbrush|toothbrush
1FAA6|13.0|headstone|headstone
1FAA7|13.0|placard|placard
1FAA8|13.0|rock|rock
1FAA9|14.0|mirror ball|mirror_ball
1FAAA|14.0|identification card|identification_card
1FAAB|14.0|low battery|low_battery
1FAAC|14.0|hamsa|hamsa
1FAAD|15.0|folding hand fan|folding_hand_fan
1FAAE|15.0|hair pick|hair_pick
1FAAF|15.0|khanda|khanda
1FAB0|13.0|fly|fly
1FAB1|13.0|worm|worm
1FAB3|13.0|cockroach|cockroach
1FAB4|13.0|potted plant|potted_plant
1FAB5|13.0|wood|wood
1FAB6|13.0|feather|feather
1FAB7|14.0|lotus|lotus
1FAB8|14.0|coral|coral
1FAB9|14.0|empty nest|empty_nest
1FABA|14.0|nest with eggs|nest_with_eggs
1FABB|15.0|hyacinth|hyacinth
1FABC|15.0|jellyfish|jellyfish
1FABD|15.0|wing|wing
1FABF|15.0|goose|goose
1FAC0|13.0|anatomical heart|anatomical_heart
1FAC1|13.0|lungs|lungs
1FAC2|13.0|people hugging|people_hugging
1FAC3|14.0|pregnant man|pregnant_man
1FAC4|14.0|pregnant person|pregnant_person
1FAC5|14.0|person with crown|person_with_crown
1FACE|15.0|moose|moose
1FACF|15.0|donkey|donkey
1FAD0|13.0|blueberries|blueberries
1FAD1|13.0|bell pepper|bell_pepper
1FAD2|13.0|olive|olive
1FAD3|13.0|flatbread|flatbread
1FAD4|13.0|tamale|tamale
1FAD5|13.0|fondue|fondue
1FAD6|13.0|teapot|teapot
1FAD7|14.0|pouring liquid|pouring_liquid
1FAD8|14.0|beans|beans
1FAD9|14.0|jar|jar
1FADA|15.0|ginger root|ginger_root
1FADB|15.0|pea pod|pea_pod
1FAE0|14.0|melting face|melting_face
1FAE1|14.0|saluting face|saluting_face
1FAE2|14.0|face with open eyes and hand over mouth|face_with_open_eyes_and_hand_over_mouth
1FAE3|14.0|face with peeking eye|face_with_peeking_eye
1FAE4|14.0|face with diagonal mouth|face_with_diagonal_mouth
1FAE5|14.0|dotted line face|dotted_line_face
1FAE6|14.0|biting lip|biting_lip
1FAE7|14.0|bubbles|bubbles
1FAE8|15.0|shaking face|shaking_face
1FAF0|14.0|hand with index finger and thumb crossed|hand_with_index_finger_and_thumb_crossed
1FAF1|14.0|rightwards hand|rightwards_hand
1FAF2|14.0|leftwards hand|leftwards_hand
1FAF3|14.0|palm down hand|palm_down_hand
1FAF4|14.0|palm up hand|palm_up_hand
1FAF5|14.0|index pointing at the viewer|index_pointing_at_the_viewer
1FAF6|14.0|heart hands|heart_hands
1FAF7|15.0|leftwards pushing hand|leftwards_pushing_hand
1FAF8|15.0|rightwards pushing hand|rightwards_pushing_hand
"""
