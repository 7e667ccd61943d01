"""Emoji known to the simulator: one row per emoji, `CODE-POINTS|unicode version|description|names`.

GitLab validates status emoji against TanukiEmoji, whose alpha codes are the gemojione names plus their
aliases (`lib/gitlab/emoji.rb`, `fixtures/emojis/index.json`, `fixtures/emojis/aliases.json`): e.g.
`slight_smile`, `thumbsup`, `airplane_small`, with aliases such as `+1`, `slightly_smiling_face`, `thumbs_up`
and `small_airplane`. The rows were generated once from the EmojiOne 3.1 data set (npm `emojione@3.1.7`,
`emoji.json`), from which gemojione's index is built: the first name is the canonical shortname (rendered in
`data-name`), then its alternate shortnames, then the snake-cased CLDR name (the style of the aliases in
GitLab's `aliases.json`), each only if no other emoji owns it already. Code points are hyphen-separated (skin
tones, flags, ZWJ sequences included). An indented line carries more names of the row above it."""
from __future__ import annotations

ROWS = """\
1F600|6.1|grinning face|grinning grinning_face
1F603|6.0|grinning face with big eyes|smiley grinning_face_with_big_eyes
1F604|6.0|grinning face with smiling eyes|smile grinning_face_with_smiling_eyes
1F601|6.0|beaming face with smiling eyes|grin beaming_face_with_smiling_eyes
1F606|6.0|grinning squinting face|laughing satisfied grinning_squinting_face
1F605|6.0|grinning face with sweat|sweat_smile grinning_face_with_sweat
1F602|6.0|face with tears of joy|joy face_with_tears_of_joy
1F923|9.0|rolling on the floor laughing|rofl rolling_on_the_floor_laughing
263A|1.1|smiling face|relaxed smiling_face
1F60A|6.0|smiling face with smiling eyes|blush smiling_face_with_smiling_eyes
1F607|6.0|smiling face with halo|innocent smiling_face_with_halo
1F642|7.0|slightly smiling face|slight_smile slightly_smiling_face
1F643|8.0|upside-down face|upside_down upside_down_face upside-down_face
1F609|6.0|winking face|wink winking_face
1F60C|6.0|relieved face|relieved relieved_face
1F60D|6.0|smiling face with heart-eyes|heart_eyes smiling_face_with_heart-eyes
1F618|6.0|face blowing a kiss|kissing_heart face_blowing_a_kiss
1F617|6.1|kissing face|kissing kissing_face
1F619|6.1|kissing face with smiling eyes|kissing_smiling_eyes kissing_face_with_smiling_eyes
1F61A|6.0|kissing face with closed eyes|kissing_closed_eyes kissing_face_with_closed_eyes
1F60B|6.0|face savoring food|yum face_savoring_food
1F61B|6.1|face with tongue|stuck_out_tongue face_with_tongue
1F61D|6.0|squinting face with tongue|stuck_out_tongue_closed_eyes squinting_face_with_tongue
1F61C|6.0|winking face with tongue|stuck_out_tongue_winking_eye winking_face_with_tongue
1F92A|10.0|zany face|crazy_face zany_face
1F928|10.0|face with raised eyebrow|face_with_raised_eyebrow
1F9D0|10.0|face with monocle|face_with_monocle
1F913|8.0|nerd face|nerd nerd_face
1F60E|6.0|smiling face with sunglasses|sunglasses smiling_face_with_sunglasses
1F929|10.0|star-struck|star_struck star-struck
1F60F|6.0|smirking face|smirk smirking_face
1F612|6.0|unamused face|unamused unamused_face
1F61E|6.0|disappointed face|disappointed disappointed_face
1F614|6.0|pensive face|pensive pensive_face
1F61F|6.1|worried face|worried worried_face
1F615|6.1|confused face|confused confused_face
1F641|7.0|slightly frowning face|slight_frown slightly_frowning_face
2639|1.1|frowning face|frowning2 white_frowning_face frowning_face
1F623|6.0|persevering face|persevere persevering_face
1F616|6.0|confounded face|confounded confounded_face
1F62B|6.0|tired face|tired_face
1F629|6.0|weary face|weary weary_face
1F622|6.0|crying face|cry crying_face
1F62D|6.0|loudly crying face|sob loudly_crying_face
1F624|6.0|face with steam from nose|triumph face_with_steam_from_nose
1F620|6.0|angry face|angry angry_face
1F621|6.0|pouting face|rage pouting_face
1F92C|10.0|face with symbols on mouth|face_with_symbols_over_mouth face_with_symbols_on_mouth
1F92F|10.0|exploding head|exploding_head
1F633|6.0|flushed face|flushed flushed_face
1F631|6.0|face screaming in fear|scream face_screaming_in_fear
1F628|6.0|fearful face|fearful fearful_face
1F630|6.0|anxious face with sweat|cold_sweat anxious_face_with_sweat
1F625|6.0|sad but relieved face|disappointed_relieved sad_but_relieved_face
1F613|6.0|downcast face with sweat|sweat downcast_face_with_sweat
1F917|8.0|hugging face|hugging hugging_face
1F914|8.0|thinking face|thinking thinking_face
1F92D|10.0|face with hand over mouth|face_with_hand_over_mouth
1F92B|10.0|shushing face|shushing_face
1F925|9.0|lying face|lying_face liar
1F636|6.0|face without mouth|no_mouth face_without_mouth
1F610|6.0|neutral face|neutral_face
1F611|6.1|expressionless face|expressionless expressionless_face
1F62C|6.1|grimacing face|grimacing grimacing_face
1F644|8.0|face with rolling eyes|rolling_eyes face_with_rolling_eyes
1F62F|6.1|hushed face|hushed hushed_face
1F626|6.1|frowning face with open mouth|frowning frowning_face_with_open_mouth
1F627|6.1|anguished face|anguished anguished_face
1F62E|6.1|face with open mouth|open_mouth face_with_open_mouth
1F632|6.0|astonished face|astonished astonished_face
1F634|6.1|sleeping face|sleeping sleeping_face
1F924|9.0|drooling face|drooling_face drool
1F62A|6.0|sleepy face|sleepy sleepy_face
1F635|6.0|dizzy face|dizzy_face
1F910|8.0|zipper-mouth face|zipper_mouth zipper_mouth_face zipper-mouth_face
1F922|9.0|nauseated face|nauseated_face sick
1F92E|10.0|face vomiting|face_vomiting
1F927|9.0|sneezing face|sneezing_face sneeze
1F637|6.0|face with medical mask|mask face_with_medical_mask
1F912|8.0|face with thermometer|thermometer_face face_with_thermometer
1F915|8.0|face with head-bandage|head_bandage face_with_head_bandage face_with_head-bandage
1F911|8.0|money-mouth face|money_mouth money_mouth_face money-mouth_face
1F920|9.0|cowboy hat face|cowboy face_with_cowboy_hat cowboy_hat_face
1F608|6.0|smiling face with horns|smiling_imp smiling_face_with_horns
1F47F|6.0|angry face with horns|imp angry_face_with_horns
1F479|6.0|ogre|japanese_ogre ogre
1F47A|6.0|goblin|japanese_goblin goblin
1F921|9.0|clown face|clown clown_face
1F4A9|6.0|pile of poo|poop shit hankey poo pile_of_poo
1F47B|6.0|ghost|ghost
1F480|6.0|skull|skull skeleton
2620|1.1|skull and crossbones|skull_crossbones skull_and_crossbones
1F47D|6.0|alien|alien
1F47E|6.0|alien monster|space_invader alien_monster
1F916|8.0|robot face|robot robot_face
1F383|6.0|jack-o-lantern|jack_o_lantern jack-o-lantern
1F63A|6.0|grinning cat face|smiley_cat grinning_cat_face
1F638|6.0|grinning cat face with smiling eyes|smile_cat grinning_cat_face_with_smiling_eyes
1F639|6.0|cat face with tears of joy|joy_cat cat_face_with_tears_of_joy
1F63B|6.0|smiling cat face with heart-eyes|heart_eyes_cat smiling_cat_face_with_heart-eyes
1F63C|6.0|cat face with wry smile|smirk_cat cat_face_with_wry_smile
1F63D|6.0|kissing cat face|kissing_cat kissing_cat_face
1F640|6.0|weary cat face|scream_cat weary_cat_face
1F63F|6.0|crying cat face|crying_cat_face
1F63E|6.0|pouting cat face|pouting_cat pouting_cat_face
1F932|10.0|palms up together|palms_up_together
1F932-1F3FB|10.0|palms up together: light skin tone|palms_up_together_tone1 palms_up_together_light_skin_tone
1F932-1F3FC|10.0|palms up together: medium-light skin tone|
    palms_up_together_tone2 palms_up_together_medium_light_skin_tone palms_up_together_medium-light_skin_tone
1F932-1F3FD|10.0|palms up together: medium skin tone|palms_up_together_tone3 palms_up_together_medium_skin_tone
1F932-1F3FE|10.0|palms up together: medium-dark skin tone|
    palms_up_together_tone4 palms_up_together_medium_dark_skin_tone palms_up_together_medium-dark_skin_tone
1F932-1F3FF|10.0|palms up together: dark skin tone|palms_up_together_tone5 palms_up_together_dark_skin_tone
1F450|6.0|open hands|open_hands
1F450-1F3FB|8.0|open hands: light skin tone|open_hands_tone1 open_hands_light_skin_tone
1F450-1F3FC|8.0|open hands: medium-light skin tone|open_hands_tone2 open_hands_medium-light_skin_tone
1F450-1F3FD|8.0|open hands: medium skin tone|open_hands_tone3 open_hands_medium_skin_tone
1F450-1F3FE|8.0|open hands: medium-dark skin tone|open_hands_tone4 open_hands_medium-dark_skin_tone
1F450-1F3FF|8.0|open hands: dark skin tone|open_hands_tone5 open_hands_dark_skin_tone
1F64C|6.0|raising hands|raised_hands raising_hands
1F64C-1F3FB|8.0|raising hands: light skin tone|raised_hands_tone1 raising_hands_light_skin_tone
1F64C-1F3FC|8.0|raising hands: medium-light skin tone|raised_hands_tone2 raising_hands_medium-light_skin_tone
1F64C-1F3FD|8.0|raising hands: medium skin tone|raised_hands_tone3 raising_hands_medium_skin_tone
1F64C-1F3FE|8.0|raising hands: medium-dark skin tone|raised_hands_tone4 raising_hands_medium-dark_skin_tone
1F64C-1F3FF|8.0|raising hands: dark skin tone|raised_hands_tone5 raising_hands_dark_skin_tone
1F44F|6.0|clapping hands|clap clapping_hands
1F44F-1F3FB|8.0|clapping hands: light skin tone|clap_tone1 clapping_hands_light_skin_tone
1F44F-1F3FC|8.0|clapping hands: medium-light skin tone|clap_tone2 clapping_hands_medium-light_skin_tone
1F44F-1F3FD|8.0|clapping hands: medium skin tone|clap_tone3 clapping_hands_medium_skin_tone
1F44F-1F3FE|8.0|clapping hands: medium-dark skin tone|clap_tone4 clapping_hands_medium-dark_skin_tone
1F44F-1F3FF|8.0|clapping hands: dark skin tone|clap_tone5 clapping_hands_dark_skin_tone
1F91D|9.0|handshake|handshake shaking_hands
1F44D|6.0|thumbs up|thumbsup +1 thumbup thumbs_up
1F44D-1F3FB|8.0|thumbs up: light skin tone|thumbsup_tone1 +1_tone1 thumbup_tone1 thumbs_up_light_skin_tone
1F44D-1F3FC|8.0|thumbs up: medium-light skin tone|
    thumbsup_tone2 +1_tone2 thumbup_tone2 thumbs_up_medium-light_skin_tone
1F44D-1F3FD|8.0|thumbs up: medium skin tone|thumbsup_tone3 +1_tone3 thumbup_tone3 thumbs_up_medium_skin_tone
1F44D-1F3FE|8.0|thumbs up: medium-dark skin tone|thumbsup_tone4 +1_tone4 thumbup_tone4 thumbs_up_medium-dark_skin_tone
1F44D-1F3FF|8.0|thumbs up: dark skin tone|thumbsup_tone5 +1_tone5 thumbup_tone5 thumbs_up_dark_skin_tone
1F44E|6.0|thumbs down|thumbsdown -1 thumbdown thumbs_down
1F44E-1F3FB|8.0|thumbs down: light skin tone|thumbsdown_tone1 -1_tone1 thumbdown_tone1 thumbs_down_light_skin_tone
1F44E-1F3FC|8.0|thumbs down: medium-light skin tone|
    thumbsdown_tone2 -1_tone2 thumbdown_tone2 thumbs_down_medium-light_skin_tone
1F44E-1F3FD|8.0|thumbs down: medium skin tone|thumbsdown_tone3 -1_tone3 thumbdown_tone3 thumbs_down_medium_skin_tone
1F44E-1F3FE|8.0|thumbs down: medium-dark skin tone|
    thumbsdown_tone4 -1_tone4 thumbdown_tone4 thumbs_down_medium-dark_skin_tone
1F44E-1F3FF|8.0|thumbs down: dark skin tone|thumbsdown_tone5 -1_tone5 thumbdown_tone5 thumbs_down_dark_skin_tone
1F44A|6.0|oncoming fist|punch oncoming_fist
1F44A-1F3FB|8.0|oncoming fist: light skin tone|punch_tone1 oncoming_fist_light_skin_tone
1F44A-1F3FC|8.0|oncoming fist: medium-light skin tone|punch_tone2 oncoming_fist_medium-light_skin_tone
1F44A-1F3FD|8.0|oncoming fist: medium skin tone|punch_tone3 oncoming_fist_medium_skin_tone
1F44A-1F3FE|8.0|oncoming fist: medium-dark skin tone|punch_tone4 oncoming_fist_medium-dark_skin_tone
1F44A-1F3FF|8.0|oncoming fist: dark skin tone|punch_tone5 oncoming_fist_dark_skin_tone
270A|6.0|raised fist|fist raised_fist
270A-1F3FB|8.0|raised fist: light skin tone|fist_tone1 raised_fist_light_skin_tone
270A-1F3FC|8.0|raised fist: medium-light skin tone|fist_tone2 raised_fist_medium-light_skin_tone
270A-1F3FD|8.0|raised fist: medium skin tone|fist_tone3 raised_fist_medium_skin_tone
270A-1F3FE|8.0|raised fist: medium-dark skin tone|fist_tone4 raised_fist_medium-dark_skin_tone
270A-1F3FF|8.0|raised fist: dark skin tone|fist_tone5 raised_fist_dark_skin_tone
1F91B|9.0|left-facing fist|left_facing_fist left_fist left-facing_fist
1F91B-1F3FB|9.0|left-facing fist: light skin tone|
    left_facing_fist_tone1 left_fist_tone1 left-facing_fist_light_skin_tone
1F91B-1F3FC|9.0|left-facing fist: medium-light skin tone|
    left_facing_fist_tone2 left_fist_tone2 left-facing_fist_medium-light_skin_tone
1F91B-1F3FD|9.0|left-facing fist: medium skin tone|
    left_facing_fist_tone3 left_fist_tone3 left-facing_fist_medium_skin_tone
1F91B-1F3FE|9.0|left-facing fist: medium-dark skin tone|
    left_facing_fist_tone4 left_fist_tone4 left-facing_fist_medium-dark_skin_tone
1F91B-1F3FF|9.0|left-facing fist: dark skin tone|
    left_facing_fist_tone5 left_fist_tone5 left-facing_fist_dark_skin_tone
1F91C|9.0|right-facing fist|right_facing_fist right_fist right-facing_fist
1F91C-1F3FB|9.0|right-facing fist: light skin tone|
    right_facing_fist_tone1 right_fist_tone1 right-facing_fist_light_skin_tone
1F91C-1F3FC|9.0|right-facing fist: medium-light skin tone|
    right_facing_fist_tone2 right_fist_tone2 right-facing_fist_medium-light_skin_tone
1F91C-1F3FD|9.0|right-facing fist: medium skin tone|
    right_facing_fist_tone3 right_fist_tone3 right-facing_fist_medium_skin_tone
1F91C-1F3FE|9.0|right-facing fist: medium-dark skin tone|
    right_facing_fist_tone4 right_fist_tone4 right-facing_fist_medium-dark_skin_tone
1F91C-1F3FF|9.0|right-facing fist: dark skin tone|
    right_facing_fist_tone5 right_fist_tone5 right-facing_fist_dark_skin_tone
1F91E|9.0|crossed fingers|fingers_crossed hand_with_index_and_middle_finger_crossed crossed_fingers
1F91E-1F3FB|9.0|crossed fingers: light skin tone|
    fingers_crossed_tone1 hand_with_index_and_middle_fingers_crossed_tone1 crossed_fingers_light_skin_tone
1F91E-1F3FC|9.0|crossed fingers: medium-light skin tone|
    fingers_crossed_tone2 hand_with_index_and_middle_fingers_crossed_tone2 crossed_fingers_medium-light_skin_tone
1F91E-1F3FD|9.0|crossed fingers: medium skin tone|
    fingers_crossed_tone3 hand_with_index_and_middle_fingers_crossed_tone3 crossed_fingers_medium_skin_tone
1F91E-1F3FE|9.0|crossed fingers: medium-dark skin tone|
    fingers_crossed_tone4 hand_with_index_and_middle_fingers_crossed_tone4 crossed_fingers_medium-dark_skin_tone
1F91E-1F3FF|9.0|crossed fingers: dark skin tone|
    fingers_crossed_tone5 hand_with_index_and_middle_fingers_crossed_tone5 crossed_fingers_dark_skin_tone
270C|1.1|victory hand|v victory_hand
270C-1F3FB|8.0|victory hand: light skin tone|v_tone1 victory_hand_light_skin_tone
270C-1F3FC|8.0|victory hand: medium-light skin tone|v_tone2 victory_hand_medium-light_skin_tone
270C-1F3FD|8.0|victory hand: medium skin tone|v_tone3 victory_hand_medium_skin_tone
270C-1F3FE|8.0|victory hand: medium-dark skin tone|v_tone4 victory_hand_medium-dark_skin_tone
270C-1F3FF|8.0|victory hand: dark skin tone|v_tone5 victory_hand_dark_skin_tone
1F91F|10.0|love-you gesture|love_you_gesture love-you_gesture
1F91F-1F3FB|10.0|love-you gesture: light skin tone|
    love_you_gesture_tone1 love_you_gesture_light_skin_tone love-you_gesture_light_skin_tone
1F91F-1F3FC|10.0|love-you gesture: medium-light skin tone|
    love_you_gesture_tone2 love_you_gesture_medium_light_skin_tone love-you_gesture_medium-light_skin_tone
1F91F-1F3FD|10.0|love-you gesture: medium skin tone|
    love_you_gesture_tone3 love_you_gesture_medium_skin_tone love-you_gesture_medium_skin_tone
1F91F-1F3FE|10.0|love-you gesture: medium-dark skin tone|
    love_you_gesture_tone4 love_you_gesture_medium_dark_skin_tone love-you_gesture_medium-dark_skin_tone
1F91F-1F3FF|10.0|love-you gesture: dark skin tone|
    love_you_gesture_tone5 love_you_gesture_dark_skin_tone love-you_gesture_dark_skin_tone
1F918|8.0|sign of the horns|metal sign_of_the_horns
1F918-1F3FB|8.0|sign of the horns: light skin tone|
    metal_tone1 sign_of_the_horns_tone1 sign_of_the_horns_light_skin_tone
1F918-1F3FC|8.0|sign of the horns: medium-light skin tone|
    metal_tone2 sign_of_the_horns_tone2 sign_of_the_horns_medium-light_skin_tone
1F918-1F3FD|8.0|sign of the horns: medium skin tone|
    metal_tone3 sign_of_the_horns_tone3 sign_of_the_horns_medium_skin_tone
1F918-1F3FE|8.0|sign of the horns: medium-dark skin tone|
    metal_tone4 sign_of_the_horns_tone4 sign_of_the_horns_medium-dark_skin_tone
1F918-1F3FF|8.0|sign of the horns: dark skin tone|metal_tone5 sign_of_the_horns_tone5 sign_of_the_horns_dark_skin_tone
1F44C|6.0|ok hand|ok_hand
1F44C-1F3FB|8.0|ok hand: light skin tone|ok_hand_tone1 ok_hand_light_skin_tone
1F44C-1F3FC|8.0|ok hand: medium-light skin tone|ok_hand_tone2 ok_hand_medium-light_skin_tone
1F44C-1F3FD|8.0|ok hand: medium skin tone|ok_hand_tone3 ok_hand_medium_skin_tone
1F44C-1F3FE|8.0|ok hand: medium-dark skin tone|ok_hand_tone4 ok_hand_medium-dark_skin_tone
1F44C-1F3FF|8.0|ok hand: dark skin tone|ok_hand_tone5 ok_hand_dark_skin_tone
1F448|6.0|backhand index pointing left|point_left backhand_index_pointing_left
1F448-1F3FB|8.0|backhand index pointing left: light skin tone|
    point_left_tone1 backhand_index_pointing_left_light_skin_tone
1F448-1F3FC|8.0|backhand index pointing left: medium-light skin tone|
    point_left_tone2 backhand_index_pointing_left_medium-light_skin_tone
1F448-1F3FD|8.0|backhand index pointing left: medium skin tone|
    point_left_tone3 backhand_index_pointing_left_medium_skin_tone
1F448-1F3FE|8.0|backhand index pointing left: medium-dark skin tone|
    point_left_tone4 backhand_index_pointing_left_medium-dark_skin_tone
1F448-1F3FF|8.0|backhand index pointing left: dark skin tone|
    point_left_tone5 backhand_index_pointing_left_dark_skin_tone
1F449|6.0|backhand index pointing right|point_right backhand_index_pointing_right
1F449-1F3FB|8.0|backhand index pointing right: light skin tone|
    point_right_tone1 backhand_index_pointing_right_light_skin_tone
1F449-1F3FC|8.0|backhand index pointing right: medium-light skin tone|
    point_right_tone2 backhand_index_pointing_right_medium-light_skin_tone
1F449-1F3FD|8.0|backhand index pointing right: medium skin tone|
    point_right_tone3 backhand_index_pointing_right_medium_skin_tone
1F449-1F3FE|8.0|backhand index pointing right: medium-dark skin tone|
    point_right_tone4 backhand_index_pointing_right_medium-dark_skin_tone
1F449-1F3FF|8.0|backhand index pointing right: dark skin tone|
    point_right_tone5 backhand_index_pointing_right_dark_skin_tone
1F446|6.0|backhand index pointing up|point_up_2 backhand_index_pointing_up
1F446-1F3FB|8.0|backhand index pointing up: light skin tone|
    point_up_2_tone1 backhand_index_pointing_up_light_skin_tone
1F446-1F3FC|8.0|backhand index pointing up: medium-light skin tone|
    point_up_2_tone2 backhand_index_pointing_up_medium-light_skin_tone
1F446-1F3FD|8.0|backhand index pointing up: medium skin tone|
    point_up_2_tone3 backhand_index_pointing_up_medium_skin_tone
1F446-1F3FE|8.0|backhand index pointing up: medium-dark skin tone|
    point_up_2_tone4 backhand_index_pointing_up_medium-dark_skin_tone
1F446-1F3FF|8.0|backhand index pointing up: dark skin tone|point_up_2_tone5 backhand_index_pointing_up_dark_skin_tone
1F447|6.0|backhand index pointing down|point_down backhand_index_pointing_down
1F447-1F3FB|8.0|backhand index pointing down: light skin tone|
    point_down_tone1 backhand_index_pointing_down_light_skin_tone
1F447-1F3FC|8.0|backhand index pointing down: medium-light skin tone|
    point_down_tone2 backhand_index_pointing_down_medium-light_skin_tone
1F447-1F3FD|8.0|backhand index pointing down: medium skin tone|
    point_down_tone3 backhand_index_pointing_down_medium_skin_tone
1F447-1F3FE|8.0|backhand index pointing down: medium-dark skin tone|
    point_down_tone4 backhand_index_pointing_down_medium-dark_skin_tone
1F447-1F3FF|8.0|backhand index pointing down: dark skin tone|
    point_down_tone5 backhand_index_pointing_down_dark_skin_tone
261D|1.1|index pointing up|point_up index_pointing_up
261D-1F3FB|8.0|index pointing up: light skin tone|point_up_tone1 index_pointing_up_light_skin_tone
261D-1F3FC|8.0|index pointing up: medium-light skin tone|point_up_tone2 index_pointing_up_medium-light_skin_tone
261D-1F3FD|8.0|index pointing up: medium skin tone|point_up_tone3 index_pointing_up_medium_skin_tone
261D-1F3FE|8.0|index pointing up: medium-dark skin tone|point_up_tone4 index_pointing_up_medium-dark_skin_tone
261D-1F3FF|8.0|index pointing up: dark skin tone|point_up_tone5 index_pointing_up_dark_skin_tone
270B|6.0|raised hand|raised_hand
270B-1F3FB|8.0|raised hand: light skin tone|raised_hand_tone1 raised_hand_light_skin_tone
270B-1F3FC|8.0|raised hand: medium-light skin tone|raised_hand_tone2 raised_hand_medium-light_skin_tone
270B-1F3FD|8.0|raised hand: medium skin tone|raised_hand_tone3 raised_hand_medium_skin_tone
270B-1F3FE|8.0|raised hand: medium-dark skin tone|raised_hand_tone4 raised_hand_medium-dark_skin_tone
270B-1F3FF|8.0|raised hand: dark skin tone|raised_hand_tone5 raised_hand_dark_skin_tone
1F91A|9.0|raised back of hand|raised_back_of_hand back_of_hand
1F91A-1F3FB|9.0|raised back of hand: light skin tone|
    raised_back_of_hand_tone1 back_of_hand_tone1 raised_back_of_hand_light_skin_tone
1F91A-1F3FC|9.0|raised back of hand: medium-light skin tone|
    raised_back_of_hand_tone2 back_of_hand_tone2 raised_back_of_hand_medium-light_skin_tone
1F91A-1F3FD|9.0|raised back of hand: medium skin tone|
    raised_back_of_hand_tone3 back_of_hand_tone3 raised_back_of_hand_medium_skin_tone
1F91A-1F3FE|9.0|raised back of hand: medium-dark skin tone|
    raised_back_of_hand_tone4 back_of_hand_tone4 raised_back_of_hand_medium-dark_skin_tone
1F91A-1F3FF|9.0|raised back of hand: dark skin tone|
    raised_back_of_hand_tone5 back_of_hand_tone5 raised_back_of_hand_dark_skin_tone
1F590|7.0|hand with fingers splayed|hand_splayed raised_hand_with_fingers_splayed hand_with_fingers_splayed
1F590-1F3FB|8.0|hand with fingers splayed: light skin tone|
    hand_splayed_tone1 raised_hand_with_fingers_splayed_tone1 hand_with_fingers_splayed_light_skin_tone
1F590-1F3FC|8.0|hand with fingers splayed: medium-light skin tone|
    hand_splayed_tone2 raised_hand_with_fingers_splayed_tone2 hand_with_fingers_splayed_medium-light_skin_tone
1F590-1F3FD|8.0|hand with fingers splayed: medium skin tone|
    hand_splayed_tone3 raised_hand_with_fingers_splayed_tone3 hand_with_fingers_splayed_medium_skin_tone
1F590-1F3FE|8.0|hand with fingers splayed: medium-dark skin tone|
    hand_splayed_tone4 raised_hand_with_fingers_splayed_tone4 hand_with_fingers_splayed_medium-dark_skin_tone
1F590-1F3FF|8.0|hand with fingers splayed: dark skin tone|
    hand_splayed_tone5 raised_hand_with_fingers_splayed_tone5 hand_with_fingers_splayed_dark_skin_tone
1F596|7.0|vulcan salute|vulcan raised_hand_with_part_between_middle_and_ring_fingers vulcan_salute
1F596-1F3FB|8.0|vulcan salute: light skin tone|
    vulcan_tone1 raised_hand_with_part_between_middle_and_ring_fingers_tone1 vulcan_salute_light_skin_tone
1F596-1F3FC|8.0|vulcan salute: medium-light skin tone|
    vulcan_tone2 raised_hand_with_part_between_middle_and_ring_fingers_tone2 vulcan_salute_medium-light_skin_tone
1F596-1F3FD|8.0|vulcan salute: medium skin tone|
    vulcan_tone3 raised_hand_with_part_between_middle_and_ring_fingers_tone3 vulcan_salute_medium_skin_tone
1F596-1F3FE|8.0|vulcan salute: medium-dark skin tone|
    vulcan_tone4 raised_hand_with_part_between_middle_and_ring_fingers_tone4 vulcan_salute_medium-dark_skin_tone
1F596-1F3FF|8.0|vulcan salute: dark skin tone|
    vulcan_tone5 raised_hand_with_part_between_middle_and_ring_fingers_tone5 vulcan_salute_dark_skin_tone
1F44B|6.0|waving hand|wave waving_hand
1F44B-1F3FB|8.0|waving hand: light skin tone|wave_tone1 waving_hand_light_skin_tone
1F44B-1F3FC|8.0|waving hand: medium-light skin tone|wave_tone2 waving_hand_medium-light_skin_tone
1F44B-1F3FD|8.0|waving hand: medium skin tone|wave_tone3 waving_hand_medium_skin_tone
1F44B-1F3FE|8.0|waving hand: medium-dark skin tone|wave_tone4 waving_hand_medium-dark_skin_tone
1F44B-1F3FF|8.0|waving hand: dark skin tone|wave_tone5 waving_hand_dark_skin_tone
1F919|9.0|call me hand|call_me call_me_hand
1F919-1F3FB|9.0|call me hand: light skin tone|call_me_tone1 call_me_hand_tone1 call_me_hand_light_skin_tone
1F919-1F3FC|9.0|call me hand: medium-light skin tone|
    call_me_tone2 call_me_hand_tone2 call_me_hand_medium-light_skin_tone
1F919-1F3FD|9.0|call me hand: medium skin tone|call_me_tone3 call_me_hand_tone3 call_me_hand_medium_skin_tone
1F919-1F3FE|9.0|call me hand: medium-dark skin tone|
    call_me_tone4 call_me_hand_tone4 call_me_hand_medium-dark_skin_tone
1F919-1F3FF|9.0|call me hand: dark skin tone|call_me_tone5 call_me_hand_tone5 call_me_hand_dark_skin_tone
1F4AA|6.0|flexed biceps|muscle flexed_biceps
1F4AA-1F3FB|8.0|flexed biceps: light skin tone|muscle_tone1 flexed_biceps_light_skin_tone
1F4AA-1F3FC|8.0|flexed biceps: medium-light skin tone|muscle_tone2 flexed_biceps_medium-light_skin_tone
1F4AA-1F3FD|8.0|flexed biceps: medium skin tone|muscle_tone3 flexed_biceps_medium_skin_tone
1F4AA-1F3FE|8.0|flexed biceps: medium-dark skin tone|muscle_tone4 flexed_biceps_medium-dark_skin_tone
1F4AA-1F3FF|8.0|flexed biceps: dark skin tone|muscle_tone5 flexed_biceps_dark_skin_tone
1F595|7.0|middle finger|middle_finger reversed_hand_with_middle_finger_extended
1F595-1F3FB|8.0|middle finger: light skin tone|
    middle_finger_tone1 reversed_hand_with_middle_finger_extended_tone1 middle_finger_light_skin_tone
1F595-1F3FC|8.0|middle finger: medium-light skin tone|
    middle_finger_tone2 reversed_hand_with_middle_finger_extended_tone2 middle_finger_medium-light_skin_tone
1F595-1F3FD|8.0|middle finger: medium skin tone|
    middle_finger_tone3 reversed_hand_with_middle_finger_extended_tone3 middle_finger_medium_skin_tone
1F595-1F3FE|8.0|middle finger: medium-dark skin tone|
    middle_finger_tone4 reversed_hand_with_middle_finger_extended_tone4 middle_finger_medium-dark_skin_tone
1F595-1F3FF|8.0|middle finger: dark skin tone|
    middle_finger_tone5 reversed_hand_with_middle_finger_extended_tone5 middle_finger_dark_skin_tone
270D|1.1|writing hand|writing_hand
270D-1F3FB|8.0|writing hand: light skin tone|writing_hand_tone1 writing_hand_light_skin_tone
270D-1F3FC|8.0|writing hand: medium-light skin tone|writing_hand_tone2 writing_hand_medium-light_skin_tone
270D-1F3FD|8.0|writing hand: medium skin tone|writing_hand_tone3 writing_hand_medium_skin_tone
270D-1F3FE|8.0|writing hand: medium-dark skin tone|writing_hand_tone4 writing_hand_medium-dark_skin_tone
270D-1F3FF|8.0|writing hand: dark skin tone|writing_hand_tone5 writing_hand_dark_skin_tone
1F64F|6.0|folded hands|pray folded_hands
1F64F-1F3FB|8.0|folded hands: light skin tone|pray_tone1 folded_hands_light_skin_tone
1F64F-1F3FC|8.0|folded hands: medium-light skin tone|pray_tone2 folded_hands_medium-light_skin_tone
1F64F-1F3FD|8.0|folded hands: medium skin tone|pray_tone3 folded_hands_medium_skin_tone
1F64F-1F3FE|8.0|folded hands: medium-dark skin tone|pray_tone4 folded_hands_medium-dark_skin_tone
1F64F-1F3FF|8.0|folded hands: dark skin tone|pray_tone5 folded_hands_dark_skin_tone
1F48D|6.0|ring|ring
1F484|6.0|lipstick|lipstick
1F48B|6.0|kiss mark|kiss kiss_mark
1F444|6.0|mouth|lips mouth
1F445|6.0|tongue|tongue
1F442|6.0|ear|ear
1F442-1F3FB|8.0|ear: light skin tone|ear_tone1 ear_light_skin_tone
1F442-1F3FC|8.0|ear: medium-light skin tone|ear_tone2 ear_medium-light_skin_tone
1F442-1F3FD|8.0|ear: medium skin tone|ear_tone3 ear_medium_skin_tone
1F442-1F3FE|8.0|ear: medium-dark skin tone|ear_tone4 ear_medium-dark_skin_tone
1F442-1F3FF|8.0|ear: dark skin tone|ear_tone5 ear_dark_skin_tone
1F443|6.0|nose|nose
1F443-1F3FB|8.0|nose: light skin tone|nose_tone1 nose_light_skin_tone
1F443-1F3FC|8.0|nose: medium-light skin tone|nose_tone2 nose_medium-light_skin_tone
1F443-1F3FD|8.0|nose: medium skin tone|nose_tone3 nose_medium_skin_tone
1F443-1F3FE|8.0|nose: medium-dark skin tone|nose_tone4 nose_medium-dark_skin_tone
1F443-1F3FF|8.0|nose: dark skin tone|nose_tone5 nose_dark_skin_tone
1F463|6.0|footprints|footprints
1F441|7.0|eye|eye
1F440|6.0|eyes|eyes
1F9E0|10.0|brain|brain
1F5E3|7.0|speaking head|speaking_head speaking_head_in_silhouette
1F464|6.0|bust in silhouette|bust_in_silhouette
1F465|6.0|busts in silhouette|busts_in_silhouette
1F476|6.0|baby|baby
1F476-1F3FB|8.0|baby: light skin tone|baby_tone1 baby_light_skin_tone
1F476-1F3FC|8.0|baby: medium-light skin tone|baby_tone2 baby_medium-light_skin_tone
1F476-1F3FD|8.0|baby: medium skin tone|baby_tone3 baby_medium_skin_tone
1F476-1F3FE|8.0|baby: medium-dark skin tone|baby_tone4 baby_medium-dark_skin_tone
1F476-1F3FF|8.0|baby: dark skin tone|baby_tone5 baby_dark_skin_tone
1F467|6.0|girl|girl
1F467-1F3FB|8.0|girl: light skin tone|girl_tone1 girl_light_skin_tone
1F467-1F3FC|8.0|girl: medium-light skin tone|girl_tone2 girl_medium-light_skin_tone
1F467-1F3FD|8.0|girl: medium skin tone|girl_tone3 girl_medium_skin_tone
1F467-1F3FE|8.0|girl: medium-dark skin tone|girl_tone4 girl_medium-dark_skin_tone
1F467-1F3FF|8.0|girl: dark skin tone|girl_tone5 girl_dark_skin_tone
1F9D2|10.0|child|child
1F9D2-1F3FB|10.0|child: light skin tone|child_tone1 child_light_skin_tone
1F9D2-1F3FC|10.0|child: medium-light skin tone|child_tone2 child_medium_light_skin_tone child_medium-light_skin_tone
1F9D2-1F3FD|10.0|child: medium skin tone|child_tone3 child_medium_skin_tone
1F9D2-1F3FE|10.0|child: medium-dark skin tone|child_tone4 child_medium_dark_skin_tone child_medium-dark_skin_tone
1F9D2-1F3FF|10.0|child: dark skin tone|child_tone5 child_dark_skin_tone
1F466|6.0|boy|boy
1F466-1F3FB|8.0|boy: light skin tone|boy_tone1 boy_light_skin_tone
1F466-1F3FC|8.0|boy: medium-light skin tone|boy_tone2 boy_medium-light_skin_tone
1F466-1F3FD|8.0|boy: medium skin tone|boy_tone3 boy_medium_skin_tone
1F466-1F3FE|8.0|boy: medium-dark skin tone|boy_tone4 boy_medium-dark_skin_tone
1F466-1F3FF|8.0|boy: dark skin tone|boy_tone5 boy_dark_skin_tone
1F469|6.0|woman|woman
1F469-1F3FB|8.0|woman: light skin tone|woman_tone1 woman_light_skin_tone
1F469-1F3FC|8.0|woman: medium-light skin tone|woman_tone2 woman_medium-light_skin_tone
1F469-1F3FD|8.0|woman: medium skin tone|woman_tone3 woman_medium_skin_tone
1F469-1F3FE|8.0|woman: medium-dark skin tone|woman_tone4 woman_medium-dark_skin_tone
1F469-1F3FF|8.0|woman: dark skin tone|woman_tone5 woman_dark_skin_tone
1F9D1|10.0|adult|adult
1F9D1-1F3FB|10.0|adult: light skin tone|adult_tone1 adult_light_skin_tone
1F9D1-1F3FC|10.0|adult: medium-light skin tone|adult_tone2 adult_medium_light_skin_tone adult_medium-light_skin_tone
1F9D1-1F3FD|10.0|adult: medium skin tone|adult_tone3 adult_medium_skin_tone
1F9D1-1F3FE|10.0|adult: medium-dark skin tone|adult_tone4 adult_medium_dark_skin_tone adult_medium-dark_skin_tone
1F9D1-1F3FF|10.0|adult: dark skin tone|adult_tone5 adult_dark_skin_tone
1F468|6.0|man|man
1F468-1F3FB|8.0|man: light skin tone|man_tone1 man_light_skin_tone
1F468-1F3FC|8.0|man: medium-light skin tone|man_tone2 man_medium-light_skin_tone
1F468-1F3FD|8.0|man: medium skin tone|man_tone3 man_medium_skin_tone
1F468-1F3FE|8.0|man: medium-dark skin tone|man_tone4 man_medium-dark_skin_tone
1F468-1F3FF|8.0|man: dark skin tone|man_tone5 man_dark_skin_tone
1F471|6.0|blond-haired person|blond_haired_person person_with_blond_hair blond-haired_person
1F471-1F3FB|8.0|blond-haired person: light skin tone|
    blond_haired_person_tone1 person_with_blond_hair_tone1 blond-haired_person_light_skin_tone
1F471-1F3FC|8.0|blond-haired person: medium-light skin tone|
    blond_haired_person_tone2 person_with_blond_hair_tone2 blond-haired_person_medium-light_skin_tone
1F471-1F3FD|8.0|blond-haired person: medium skin tone|
    blond_haired_person_tone3 person_with_blond_hair_tone3 blond-haired_person_medium_skin_tone
1F471-1F3FE|8.0|blond-haired person: medium-dark skin tone|
    blond_haired_person_tone4 person_with_blond_hair_tone4 blond-haired_person_medium-dark_skin_tone
1F471-1F3FF|8.0|blond-haired person: dark skin tone|
    blond_haired_person_tone5 person_with_blond_hair_tone5 blond-haired_person_dark_skin_tone
1F471-200D-2640-FE0F|6.0|blond-haired woman|blond-haired_woman
1F471-1F3FB-200D-2640-FE0F|8.0|blond-haired woman: light skin tone|
    blond-haired_woman_tone1 blond-haired_woman_light_skin_tone
1F471-1F3FC-200D-2640-FE0F|8.0|blond-haired woman: medium-light skin tone|
    blond-haired_woman_tone2 blond-haired_woman_medium_light_skin_tone blond-haired_woman_medium-light_skin_tone
1F471-1F3FD-200D-2640-FE0F|8.0|blond-haired woman: medium skin tone|
    blond-haired_woman_tone3 blond-haired_woman_medium_skin_tone
1F471-1F3FE-200D-2640-FE0F|8.0|blond-haired woman: medium-dark skin tone|
    blond-haired_woman_tone4 blond-haired_woman_medium_dark_skin_tone blond-haired_woman_medium-dark_skin_tone
1F471-1F3FF-200D-2640-FE0F|8.0|blond-haired woman: dark skin tone|
    blond-haired_woman_tone5 blond-haired_woman_dark_skin_tone
1F471-200D-2642-FE0F|6.0|blond-haired man|blond-haired_man
1F471-1F3FB-200D-2642-FE0F|8.0|blond-haired man: light skin tone|
    blond-haired_man_tone1 blond-haired_man_light_skin_tone
1F471-1F3FC-200D-2642-FE0F|8.0|blond-haired man: medium-light skin tone|
    blond-haired_man_tone2 blond-haired_man_medium_light_skin_tone blond-haired_man_medium-light_skin_tone
1F471-1F3FD-200D-2642-FE0F|8.0|blond-haired man: medium skin tone|
    blond-haired_man_tone3 blond-haired_man_medium_skin_tone
1F471-1F3FE-200D-2642-FE0F|8.0|blond-haired man: medium-dark skin tone|
    blond-haired_man_tone4 blond-haired_man_medium_dark_skin_tone blond-haired_man_medium-dark_skin_tone
1F471-1F3FF-200D-2642-FE0F|8.0|blond-haired man: dark skin tone|blond-haired_man_tone5 blond-haired_man_dark_skin_tone
1F9D4|10.0|bearded person|bearded_person
1F9D4-1F3FB|10.0|bearded person: light skin tone|bearded_person_tone1 bearded_person_light_skin_tone
1F9D4-1F3FC|10.0|bearded person: medium-light skin tone|
    bearded_person_tone2 bearded_person_medium_light_skin_tone bearded_person_medium-light_skin_tone
1F9D4-1F3FD|10.0|bearded person: medium skin tone|bearded_person_tone3 bearded_person_medium_skin_tone
1F9D4-1F3FE|10.0|bearded person: medium-dark skin tone|
    bearded_person_tone4 bearded_person_medium_dark_skin_tone bearded_person_medium-dark_skin_tone
1F9D4-1F3FF|10.0|bearded person: dark skin tone|bearded_person_tone5 bearded_person_dark_skin_tone
1F475|6.0|old woman|older_woman grandma old_woman
1F475-1F3FB|8.0|old woman: light skin tone|older_woman_tone1 grandma_tone1 old_woman_light_skin_tone
1F475-1F3FC|8.0|old woman: medium-light skin tone|older_woman_tone2 grandma_tone2 old_woman_medium-light_skin_tone
1F475-1F3FD|8.0|old woman: medium skin tone|older_woman_tone3 grandma_tone3 old_woman_medium_skin_tone
1F475-1F3FE|8.0|old woman: medium-dark skin tone|older_woman_tone4 grandma_tone4 old_woman_medium-dark_skin_tone
1F475-1F3FF|8.0|old woman: dark skin tone|older_woman_tone5 grandma_tone5 old_woman_dark_skin_tone
1F9D3|10.0|older adult|older_adult
1F9D3-1F3FB|10.0|older adult: light skin tone|older_adult_tone1 older_adult_light_skin_tone
1F9D3-1F3FC|10.0|older adult: medium-light skin tone|
    older_adult_tone2 older_adult_medium_light_skin_tone older_adult_medium-light_skin_tone
1F9D3-1F3FD|10.0|older adult: medium skin tone|older_adult_tone3 older_adult_medium_skin_tone
1F9D3-1F3FE|10.0|older adult: medium-dark skin tone|
    older_adult_tone4 older_adult_medium_dark_skin_tone older_adult_medium-dark_skin_tone
1F9D3-1F3FF|10.0|older adult: dark skin tone|older_adult_tone5 older_adult_dark_skin_tone
1F474|6.0|old man|older_man old_man
1F474-1F3FB|8.0|old man: light skin tone|older_man_tone1 old_man_light_skin_tone
1F474-1F3FC|8.0|old man: medium-light skin tone|older_man_tone2 old_man_medium-light_skin_tone
1F474-1F3FD|8.0|old man: medium skin tone|older_man_tone3 old_man_medium_skin_tone
1F474-1F3FE|8.0|old man: medium-dark skin tone|older_man_tone4 old_man_medium-dark_skin_tone
1F474-1F3FF|8.0|old man: dark skin tone|older_man_tone5 old_man_dark_skin_tone
1F472|6.0|man with chinese cap|man_with_chinese_cap man_with_gua_pi_mao
1F472-1F3FB|8.0|man with chinese cap: light skin tone|
    man_with_chinese_cap_tone1 man_with_gua_pi_mao_tone1 man_with_chinese_cap_light_skin_tone
1F472-1F3FC|8.0|man with chinese cap: medium-light skin tone|
    man_with_chinese_cap_tone2 man_with_gua_pi_mao_tone2 man_with_chinese_cap_medium-light_skin_tone
1F472-1F3FD|8.0|man with chinese cap: medium skin tone|
    man_with_chinese_cap_tone3 man_with_gua_pi_mao_tone3 man_with_chinese_cap_medium_skin_tone
1F472-1F3FE|8.0|man with chinese cap: medium-dark skin tone|
    man_with_chinese_cap_tone4 man_with_gua_pi_mao_tone4 man_with_chinese_cap_medium-dark_skin_tone
1F472-1F3FF|8.0|man with chinese cap: dark skin tone|
    man_with_chinese_cap_tone5 man_with_gua_pi_mao_tone5 man_with_chinese_cap_dark_skin_tone
1F473|6.0|person wearing turban|person_wearing_turban man_with_turban
1F473-1F3FB|8.0|person wearing turban: light skin tone|
    person_wearing_turban_tone1 man_with_turban_tone1 person_wearing_turban_light_skin_tone
1F473-1F3FC|8.0|person wearing turban: medium-light skin tone|
    person_wearing_turban_tone2 man_with_turban_tone2 person_wearing_turban_medium-light_skin_tone
1F473-1F3FD|8.0|person wearing turban: medium skin tone|
    person_wearing_turban_tone3 man_with_turban_tone3 person_wearing_turban_medium_skin_tone
1F473-1F3FE|8.0|person wearing turban: medium-dark skin tone|
    person_wearing_turban_tone4 man_with_turban_tone4 person_wearing_turban_medium-dark_skin_tone
1F473-1F3FF|8.0|person wearing turban: dark skin tone|
    person_wearing_turban_tone5 man_with_turban_tone5 person_wearing_turban_dark_skin_tone
1F473-200D-2640-FE0F|6.0|woman wearing turban|woman_wearing_turban
1F473-1F3FB-200D-2640-FE0F|8.0|woman wearing turban: light skin tone|
    woman_wearing_turban_tone1 woman_wearing_turban_light_skin_tone
1F473-1F3FC-200D-2640-FE0F|8.0|woman wearing turban: medium-light skin tone|
    woman_wearing_turban_tone2 woman_wearing_turban_medium_light_skin_tone woman_wearing_turban_medium-
    light_skin_tone
1F473-1F3FD-200D-2640-FE0F|8.0|woman wearing turban: medium skin tone|
    woman_wearing_turban_tone3 woman_wearing_turban_medium_skin_tone
1F473-1F3FE-200D-2640-FE0F|8.0|woman wearing turban: medium-dark skin tone|
    woman_wearing_turban_tone4 woman_wearing_turban_medium_dark_skin_tone woman_wearing_turban_medium-
    dark_skin_tone
1F473-1F3FF-200D-2640-FE0F|8.0|woman wearing turban: dark skin tone|
    woman_wearing_turban_tone5 woman_wearing_turban_dark_skin_tone
1F473-200D-2642-FE0F|6.0|man wearing turban|man_wearing_turban
1F473-1F3FB-200D-2642-FE0F|8.0|man wearing turban: light skin tone|
    man_wearing_turban_tone1 man_wearing_turban_light_skin_tone
1F473-1F3FC-200D-2642-FE0F|8.0|man wearing turban: medium-light skin tone|
    man_wearing_turban_tone2 man_wearing_turban_medium_light_skin_tone man_wearing_turban_medium-light_skin_tone
1F473-1F3FD-200D-2642-FE0F|8.0|man wearing turban: medium skin tone|
    man_wearing_turban_tone3 man_wearing_turban_medium_skin_tone
1F473-1F3FE-200D-2642-FE0F|8.0|man wearing turban: medium-dark skin tone|
    man_wearing_turban_tone4 man_wearing_turban_medium_dark_skin_tone man_wearing_turban_medium-dark_skin_tone
1F473-1F3FF-200D-2642-FE0F|8.0|man wearing turban: dark skin tone|
    man_wearing_turban_tone5 man_wearing_turban_dark_skin_tone
1F9D5|10.0|woman with headscarf|woman_with_headscarf
1F9D5-1F3FB|10.0|woman with headscarf: light skin tone|woman_with_headscarf_tone1 woman_with_headscarf_light_skin_tone
1F9D5-1F3FC|10.0|woman with headscarf: medium-light skin tone|
    woman_with_headscarf_tone2 woman_with_headscarf_medium_light_skin_tone woman_with_headscarf_medium-
    light_skin_tone
1F9D5-1F3FD|10.0|woman with headscarf: medium skin tone|
    woman_with_headscarf_tone3 woman_with_headscarf_medium_skin_tone
1F9D5-1F3FE|10.0|woman with headscarf: medium-dark skin tone|
    woman_with_headscarf_tone4 woman_with_headscarf_medium_dark_skin_tone woman_with_headscarf_medium-
    dark_skin_tone
1F9D5-1F3FF|10.0|woman with headscarf: dark skin tone|woman_with_headscarf_tone5 woman_with_headscarf_dark_skin_tone
1F46E|6.0|police officer|police_officer cop
1F46E-1F3FB|8.0|police officer: light skin tone|police_officer_tone1 cop_tone1 police_officer_light_skin_tone
1F46E-1F3FC|8.0|police officer: medium-light skin tone|
    police_officer_tone2 cop_tone2 police_officer_medium-light_skin_tone
1F46E-1F3FD|8.0|police officer: medium skin tone|police_officer_tone3 cop_tone3 police_officer_medium_skin_tone
1F46E-1F3FE|8.0|police officer: medium-dark skin tone|
    police_officer_tone4 cop_tone4 police_officer_medium-dark_skin_tone
1F46E-1F3FF|8.0|police officer: dark skin tone|police_officer_tone5 cop_tone5 police_officer_dark_skin_tone
1F46E-200D-2640-FE0F|6.0|woman police officer|woman_police_officer
1F46E-1F3FB-200D-2640-FE0F|8.0|woman police officer: light skin tone|
    woman_police_officer_tone1 woman_police_officer_light_skin_tone
1F46E-1F3FC-200D-2640-FE0F|8.0|woman police officer: medium-light skin tone|
    woman_police_officer_tone2 woman_police_officer_medium_light_skin_tone woman_police_officer_medium-
    light_skin_tone
1F46E-1F3FD-200D-2640-FE0F|8.0|woman police officer: medium skin tone|
    woman_police_officer_tone3 woman_police_officer_medium_skin_tone
1F46E-1F3FE-200D-2640-FE0F|8.0|woman police officer: medium-dark skin tone|
    woman_police_officer_tone4 woman_police_officer_medium_dark_skin_tone woman_police_officer_medium-
    dark_skin_tone
1F46E-1F3FF-200D-2640-FE0F|8.0|woman police officer: dark skin tone|
    woman_police_officer_tone5 woman_police_officer_dark_skin_tone
1F46E-200D-2642-FE0F|6.0|man police officer|man_police_officer
1F46E-1F3FB-200D-2642-FE0F|8.0|man police officer: light skin tone|
    man_police_officer_tone1 man_police_officer_light_skin_tone
1F46E-1F3FC-200D-2642-FE0F|8.0|man police officer: medium-light skin tone|
    man_police_officer_tone2 man_police_officer_medium_light_skin_tone man_police_officer_medium-light_skin_tone
1F46E-1F3FD-200D-2642-FE0F|8.0|man police officer: medium skin tone|
    man_police_officer_tone3 man_police_officer_medium_skin_tone
1F46E-1F3FE-200D-2642-FE0F|8.0|man police officer: medium-dark skin tone|
    man_police_officer_tone4 man_police_officer_medium_dark_skin_tone man_police_officer_medium-dark_skin_tone
1F46E-1F3FF-200D-2642-FE0F|8.0|man police officer: dark skin tone|
    man_police_officer_tone5 man_police_officer_dark_skin_tone
1F477|6.0|construction worker|construction_worker
1F477-1F3FB|8.0|construction worker: light skin tone|construction_worker_tone1 construction_worker_light_skin_tone
1F477-1F3FC|8.0|construction worker: medium-light skin tone|
    construction_worker_tone2 construction_worker_medium-light_skin_tone
1F477-1F3FD|8.0|construction worker: medium skin tone|construction_worker_tone3 construction_worker_medium_skin_tone
1F477-1F3FE|8.0|construction worker: medium-dark skin tone|
    construction_worker_tone4 construction_worker_medium-dark_skin_tone
1F477-1F3FF|8.0|construction worker: dark skin tone|construction_worker_tone5 construction_worker_dark_skin_tone
1F477-200D-2640-FE0F|6.0|woman construction worker|woman_construction_worker
1F477-1F3FB-200D-2640-FE0F|8.0|woman construction worker: light skin tone|
    woman_construction_worker_tone1 woman_construction_worker_light_skin_tone
1F477-1F3FC-200D-2640-FE0F|8.0|woman construction worker: medium-light skin tone|
    woman_construction_worker_tone2 woman_construction_worker_medium_light_skin_tone
    woman_construction_worker_medium-light_skin_tone
1F477-1F3FD-200D-2640-FE0F|8.0|woman construction worker: medium skin tone|
    woman_construction_worker_tone3 woman_construction_worker_medium_skin_tone
1F477-1F3FE-200D-2640-FE0F|8.0|woman construction worker: medium-dark skin tone|
    woman_construction_worker_tone4 woman_construction_worker_medium_dark_skin_tone
    woman_construction_worker_medium-dark_skin_tone
1F477-1F3FF-200D-2640-FE0F|8.0|woman construction worker: dark skin tone|
    woman_construction_worker_tone5 woman_construction_worker_dark_skin_tone
1F477-200D-2642-FE0F|6.0|man construction worker|man_construction_worker
1F477-1F3FB-200D-2642-FE0F|8.0|man construction worker: light skin tone|
    man_construction_worker_tone1 man_construction_worker_light_skin_tone
1F477-1F3FC-200D-2642-FE0F|8.0|man construction worker: medium-light skin tone|
    man_construction_worker_tone2 man_construction_worker_medium_light_skin_tone man_construction_worker_medium-
    light_skin_tone
1F477-1F3FD-200D-2642-FE0F|8.0|man construction worker: medium skin tone|
    man_construction_worker_tone3 man_construction_worker_medium_skin_tone
1F477-1F3FE-200D-2642-FE0F|8.0|man construction worker: medium-dark skin tone|
    man_construction_worker_tone4 man_construction_worker_medium_dark_skin_tone man_construction_worker_medium-
    dark_skin_tone
1F477-1F3FF-200D-2642-FE0F|8.0|man construction worker: dark skin tone|
    man_construction_worker_tone5 man_construction_worker_dark_skin_tone
1F482|6.0|guard|guard guardsman
1F482-1F3FB|8.0|guard: light skin tone|guard_tone1 guardsman_tone1 guard_light_skin_tone
1F482-1F3FC|8.0|guard: medium-light skin tone|guard_tone2 guardsman_tone2 guard_medium-light_skin_tone
1F482-1F3FD|8.0|guard: medium skin tone|guard_tone3 guardsman_tone3 guard_medium_skin_tone
1F482-1F3FE|8.0|guard: medium-dark skin tone|guard_tone4 guardsman_tone4 guard_medium-dark_skin_tone
1F482-1F3FF|8.0|guard: dark skin tone|guard_tone5 guardsman_tone5 guard_dark_skin_tone
1F482-200D-2640-FE0F|6.0|woman guard|woman_guard
1F482-1F3FB-200D-2640-FE0F|8.0|woman guard: light skin tone|woman_guard_tone1 woman_guard_light_skin_tone
1F482-1F3FC-200D-2640-FE0F|8.0|woman guard: medium-light skin tone|
    woman_guard_tone2 woman_guard_medium_light_skin_tone woman_guard_medium-light_skin_tone
1F482-1F3FD-200D-2640-FE0F|8.0|woman guard: medium skin tone|woman_guard_tone3 woman_guard_medium_skin_tone
1F482-1F3FE-200D-2640-FE0F|8.0|woman guard: medium-dark skin tone|
    woman_guard_tone4 woman_guard_medium_dark_skin_tone woman_guard_medium-dark_skin_tone
1F482-1F3FF-200D-2640-FE0F|8.0|woman guard: dark skin tone|woman_guard_tone5 woman_guard_dark_skin_tone
1F482-200D-2642-FE0F|6.0|man guard|man_guard
1F482-1F3FB-200D-2642-FE0F|8.0|man guard: light skin tone|man_guard_tone1 man_guard_light_skin_tone
1F482-1F3FC-200D-2642-FE0F|8.0|man guard: medium-light skin tone|
    man_guard_tone2 man_guard_medium_light_skin_tone man_guard_medium-light_skin_tone
1F482-1F3FD-200D-2642-FE0F|8.0|man guard: medium skin tone|man_guard_tone3 man_guard_medium_skin_tone
1F482-1F3FE-200D-2642-FE0F|8.0|man guard: medium-dark skin tone|
    man_guard_tone4 man_guard_medium_dark_skin_tone man_guard_medium-dark_skin_tone
1F482-1F3FF-200D-2642-FE0F|8.0|man guard: dark skin tone|man_guard_tone5 man_guard_dark_skin_tone
1F575|7.0|detective|detective spy sleuth_or_spy
1F575-1F3FB|8.0|detective: light skin tone|detective_tone1 spy_tone1 sleuth_or_spy_tone1 detective_light_skin_tone
1F575-1F3FC|8.0|detective: medium-light skin tone|
    detective_tone2 spy_tone2 sleuth_or_spy_tone2 detective_medium-light_skin_tone
1F575-1F3FD|8.0|detective: medium skin tone|detective_tone3 spy_tone3 sleuth_or_spy_tone3 detective_medium_skin_tone
1F575-1F3FE|8.0|detective: medium-dark skin tone|
    detective_tone4 spy_tone4 sleuth_or_spy_tone4 detective_medium-dark_skin_tone
1F575-1F3FF|8.0|detective: dark skin tone|detective_tone5 spy_tone5 sleuth_or_spy_tone5 detective_dark_skin_tone
1F575-FE0F-200D-2640-FE0F|7.0|woman detective|woman_detective
1F575-1F3FB-200D-2640-FE0F|8.0|woman detective: light skin tone|woman_detective_tone1 woman_detective_light_skin_tone
1F575-1F3FC-200D-2640-FE0F|8.0|woman detective: medium-light skin tone|
    woman_detective_tone2 woman_detective_medium_light_skin_tone woman_detective_medium-light_skin_tone
1F575-1F3FD-200D-2640-FE0F|8.0|woman detective: medium skin tone|
    woman_detective_tone3 woman_detective_medium_skin_tone
1F575-1F3FE-200D-2640-FE0F|8.0|woman detective: medium-dark skin tone|
    woman_detective_tone4 woman_detective_medium_dark_skin_tone woman_detective_medium-dark_skin_tone
1F575-1F3FF-200D-2640-FE0F|8.0|woman detective: dark skin tone|woman_detective_tone5 woman_detective_dark_skin_tone
1F575-FE0F-200D-2642-FE0F|7.0|man detective|man_detective
1F575-1F3FB-200D-2642-FE0F|8.0|man detective: light skin tone|man_detective_tone1 man_detective_light_skin_tone
1F575-1F3FC-200D-2642-FE0F|8.0|man detective: medium-light skin tone|
    man_detective_tone2 man_detective_medium_light_skin_tone man_detective_medium-light_skin_tone
1F575-1F3FD-200D-2642-FE0F|8.0|man detective: medium skin tone|man_detective_tone3 man_detective_medium_skin_tone
1F575-1F3FE-200D-2642-FE0F|8.0|man detective: medium-dark skin tone|
    man_detective_tone4 man_detective_medium_dark_skin_tone man_detective_medium-dark_skin_tone
1F575-1F3FF-200D-2642-FE0F|8.0|man detective: dark skin tone|man_detective_tone5 man_detective_dark_skin_tone
1F469-200D-2695-FE0F|6.0|woman health worker|woman_health_worker
1F469-1F3FB-200D-2695-FE0F|8.0|woman health worker: light skin tone|
    woman_health_worker_tone1 woman_health_worker_light_skin_tone
1F469-1F3FC-200D-2695-FE0F|8.0|woman health worker: medium-light skin tone|
    woman_health_worker_tone2 woman_health_worker_medium_light_skin_tone woman_health_worker_medium-
    light_skin_tone
1F469-1F3FD-200D-2695-FE0F|8.0|woman health worker: medium skin tone|
    woman_health_worker_tone3 woman_health_worker_medium_skin_tone
1F469-1F3FE-200D-2695-FE0F|8.0|woman health worker: medium-dark skin tone|
    woman_health_worker_tone4 woman_health_worker_medium_dark_skin_tone woman_health_worker_medium-dark_skin_tone
1F469-1F3FF-200D-2695-FE0F|8.0|woman health worker: dark skin tone|
    woman_health_worker_tone5 woman_health_worker_dark_skin_tone
1F468-200D-2695-FE0F|6.0|man health worker|man_health_worker
1F468-1F3FB-200D-2695-FE0F|8.0|man health worker: light skin tone|
    man_health_worker_tone1 man_health_worker_light_skin_tone
1F468-1F3FC-200D-2695-FE0F|8.0|man health worker: medium-light skin tone|
    man_health_worker_tone2 man_health_worker_medium_light_skin_tone man_health_worker_medium-light_skin_tone
1F468-1F3FD-200D-2695-FE0F|8.0|man health worker: medium skin tone|
    man_health_worker_tone3 man_health_worker_medium_skin_tone
1F468-1F3FE-200D-2695-FE0F|8.0|man health worker: medium-dark skin tone|
    man_health_worker_tone4 man_health_worker_medium_dark_skin_tone man_health_worker_medium-dark_skin_tone
1F468-1F3FF-200D-2695-FE0F|8.0|man health worker: dark skin tone|
    man_health_worker_tone5 man_health_worker_dark_skin_tone
1F469-200D-1F33E|6.0|woman farmer|woman_farmer
1F469-1F3FB-200D-1F33E|8.0|woman farmer: light skin tone|woman_farmer_tone1 woman_farmer_light_skin_tone
1F469-1F3FC-200D-1F33E|8.0|woman farmer: medium-light skin tone|
    woman_farmer_tone2 woman_farmer_medium_light_skin_tone woman_farmer_medium-light_skin_tone
1F469-1F3FD-200D-1F33E|8.0|woman farmer: medium skin tone|woman_farmer_tone3 woman_farmer_medium_skin_tone
1F469-1F3FE-200D-1F33E|8.0|woman farmer: medium-dark skin tone|
    woman_farmer_tone4 woman_farmer_medium_dark_skin_tone woman_farmer_medium-dark_skin_tone
1F469-1F3FF-200D-1F33E|8.0|woman farmer: dark skin tone|woman_farmer_tone5 woman_farmer_dark_skin_tone
1F468-200D-1F33E|6.0|man farmer|man_farmer
1F468-1F3FB-200D-1F33E|8.0|man farmer: light skin tone|man_farmer_tone1 man_farmer_light_skin_tone
1F468-1F3FC-200D-1F33E|8.0|man farmer: medium-light skin tone|
    man_farmer_tone2 man_farmer_medium_light_skin_tone man_farmer_medium-light_skin_tone
1F468-1F3FD-200D-1F33E|8.0|man farmer: medium skin tone|man_farmer_tone3 man_farmer_medium_skin_tone
1F468-1F3FE-200D-1F33E|8.0|man farmer: medium-dark skin tone|
    man_farmer_tone4 man_farmer_medium_dark_skin_tone man_farmer_medium-dark_skin_tone
1F468-1F3FF-200D-1F33E|8.0|man farmer: dark skin tone|man_farmer_tone5 man_farmer_dark_skin_tone
1F469-200D-1F373|6.0|woman cook|woman_cook
1F469-1F3FB-200D-1F373|8.0|woman cook: light skin tone|woman_cook_tone1 woman_cook_light_skin_tone
1F469-1F3FC-200D-1F373|8.0|woman cook: medium-light skin tone|
    woman_cook_tone2 woman_cook_medium_light_skin_tone woman_cook_medium-light_skin_tone
1F469-1F3FD-200D-1F373|8.0|woman cook: medium skin tone|woman_cook_tone3 woman_cook_medium_skin_tone
1F469-1F3FE-200D-1F373|8.0|woman cook: medium-dark skin tone|
    woman_cook_tone4 woman_cook_medium_dark_skin_tone woman_cook_medium-dark_skin_tone
1F469-1F3FF-200D-1F373|8.0|woman cook: dark skin tone|woman_cook_tone5 woman_cook_dark_skin_tone
1F468-200D-1F373|6.0|man cook|man_cook
1F468-1F3FB-200D-1F373|8.0|man cook: light skin tone|man_cook_tone1 man_cook_light_skin_tone
1F468-1F3FC-200D-1F373|8.0|man cook: medium-light skin tone|
    man_cook_tone2 man_cook_medium_light_skin_tone man_cook_medium-light_skin_tone
1F468-1F3FD-200D-1F373|8.0|man cook: medium skin tone|man_cook_tone3 man_cook_medium_skin_tone
1F468-1F3FE-200D-1F373|8.0|man cook: medium-dark skin tone|
    man_cook_tone4 man_cook_medium_dark_skin_tone man_cook_medium-dark_skin_tone
1F468-1F3FF-200D-1F373|8.0|man cook: dark skin tone|man_cook_tone5 man_cook_dark_skin_tone
1F469-200D-1F393|6.0|woman student|woman_student
1F469-1F3FB-200D-1F393|8.0|woman student: light skin tone|woman_student_tone1 woman_student_light_skin_tone
1F469-1F3FC-200D-1F393|8.0|woman student: medium-light skin tone|
    woman_student_tone2 woman_student_medium_light_skin_tone woman_student_medium-light_skin_tone
1F469-1F3FD-200D-1F393|8.0|woman student: medium skin tone|woman_student_tone3 woman_student_medium_skin_tone
1F469-1F3FE-200D-1F393|8.0|woman student: medium-dark skin tone|
    woman_student_tone4 woman_student_medium_dark_skin_tone woman_student_medium-dark_skin_tone
1F469-1F3FF-200D-1F393|8.0|woman student: dark skin tone|woman_student_tone5 woman_student_dark_skin_tone
1F468-200D-1F393|6.0|man student|man_student
1F468-1F3FB-200D-1F393|8.0|man student: light skin tone|man_student_tone1 man_student_light_skin_tone
1F468-1F3FC-200D-1F393|8.0|man student: medium-light skin tone|
    man_student_tone2 man_student_medium_light_skin_tone man_student_medium-light_skin_tone
1F468-1F3FD-200D-1F393|8.0|man student: medium skin tone|man_student_tone3 man_student_medium_skin_tone
1F468-1F3FE-200D-1F393|8.0|man student: medium-dark skin tone|
    man_student_tone4 man_student_medium_dark_skin_tone man_student_medium-dark_skin_tone
1F468-1F3FF-200D-1F393|8.0|man student: dark skin tone|man_student_tone5 man_student_dark_skin_tone
1F469-200D-1F3A4|6.0|woman singer|woman_singer
1F469-1F3FB-200D-1F3A4|8.0|woman singer: light skin tone|woman_singer_tone1 woman_singer_light_skin_tone
1F469-1F3FC-200D-1F3A4|8.0|woman singer: medium-light skin tone|
    woman_singer_tone2 woman_singer_medium_light_skin_tone woman_singer_medium-light_skin_tone
1F469-1F3FD-200D-1F3A4|8.0|woman singer: medium skin tone|woman_singer_tone3 woman_singer_medium_skin_tone
1F469-1F3FE-200D-1F3A4|8.0|woman singer: medium-dark skin tone|
    woman_singer_tone4 woman_singer_medium_dark_skin_tone woman_singer_medium-dark_skin_tone
1F469-1F3FF-200D-1F3A4|8.0|woman singer: dark skin tone|woman_singer_tone5 woman_singer_dark_skin_tone
1F468-200D-1F3A4|6.0|man singer|man_singer
1F468-1F3FB-200D-1F3A4|8.0|man singer: light skin tone|man_singer_tone1 man_singer_light_skin_tone
1F468-1F3FC-200D-1F3A4|8.0|man singer: medium-light skin tone|
    man_singer_tone2 man_singer_medium_light_skin_tone man_singer_medium-light_skin_tone
1F468-1F3FD-200D-1F3A4|8.0|man singer: medium skin tone|man_singer_tone3 man_singer_medium_skin_tone
1F468-1F3FE-200D-1F3A4|8.0|man singer: medium-dark skin tone|
    man_singer_tone4 man_singer_medium_dark_skin_tone man_singer_medium-dark_skin_tone
1F468-1F3FF-200D-1F3A4|8.0|man singer: dark skin tone|man_singer_tone5 man_singer_dark_skin_tone
1F469-200D-1F3EB|6.0|woman teacher|woman_teacher
1F469-1F3FB-200D-1F3EB|8.0|woman teacher: light skin tone|woman_teacher_tone1 woman_teacher_light_skin_tone
1F469-1F3FC-200D-1F3EB|8.0|woman teacher: medium-light skin tone|
    woman_teacher_tone2 woman_teacher_medium_light_skin_tone woman_teacher_medium-light_skin_tone
1F469-1F3FD-200D-1F3EB|8.0|woman teacher: medium skin tone|woman_teacher_tone3 woman_teacher_medium_skin_tone
1F469-1F3FE-200D-1F3EB|8.0|woman teacher: medium-dark skin tone|
    woman_teacher_tone4 woman_teacher_medium_dark_skin_tone woman_teacher_medium-dark_skin_tone
1F469-1F3FF-200D-1F3EB|8.0|woman teacher: dark skin tone|woman_teacher_tone5 woman_teacher_dark_skin_tone
1F468-200D-1F3EB|6.0|man teacher|man_teacher
1F468-1F3FB-200D-1F3EB|8.0|man teacher: light skin tone|man_teacher_tone1 man_teacher_light_skin_tone
1F468-1F3FC-200D-1F3EB|8.0|man teacher: medium-light skin tone|
    man_teacher_tone2 man_teacher_medium_light_skin_tone man_teacher_medium-light_skin_tone
1F468-1F3FD-200D-1F3EB|8.0|man teacher: medium skin tone|man_teacher_tone3 man_teacher_medium_skin_tone
1F468-1F3FE-200D-1F3EB|8.0|man teacher: medium-dark skin tone|
    man_teacher_tone4 man_teacher_medium_dark_skin_tone man_teacher_medium-dark_skin_tone
1F468-1F3FF-200D-1F3EB|8.0|man teacher: dark skin tone|man_teacher_tone5 man_teacher_dark_skin_tone
1F469-200D-1F3ED|6.0|woman factory worker|woman_factory_worker
1F469-1F3FB-200D-1F3ED|8.0|woman factory worker: light skin tone|
    woman_factory_worker_tone1 woman_factory_worker_light_skin_tone
1F469-1F3FC-200D-1F3ED|8.0|woman factory worker: medium-light skin tone|
    woman_factory_worker_tone2 woman_factory_worker_medium_light_skin_tone woman_factory_worker_medium-
    light_skin_tone
1F469-1F3FD-200D-1F3ED|8.0|woman factory worker: medium skin tone|
    woman_factory_worker_tone3 woman_factory_worker_medium_skin_tone
1F469-1F3FE-200D-1F3ED|8.0|woman factory worker: medium-dark skin tone|
    woman_factory_worker_tone4 woman_factory_worker_medium_dark_skin_tone woman_factory_worker_medium-
    dark_skin_tone
1F469-1F3FF-200D-1F3ED|8.0|woman factory worker: dark skin tone|
    woman_factory_worker_tone5 woman_factory_worker_dark_skin_tone
1F468-200D-1F3ED|6.0|man factory worker|man_factory_worker
1F468-1F3FB-200D-1F3ED|8.0|man factory worker: light skin tone|
    man_factory_worker_tone1 man_factory_worker_light_skin_tone
1F468-1F3FC-200D-1F3ED|8.0|man factory worker: medium-light skin tone|
    man_factory_worker_tone2 man_factory_worker_medium_light_skin_tone man_factory_worker_medium-light_skin_tone
1F468-1F3FD-200D-1F3ED|8.0|man factory worker: medium skin tone|
    man_factory_worker_tone3 man_factory_worker_medium_skin_tone
1F468-1F3FE-200D-1F3ED|8.0|man factory worker: medium-dark skin tone|
    man_factory_worker_tone4 man_factory_worker_medium_dark_skin_tone man_factory_worker_medium-dark_skin_tone
1F468-1F3FF-200D-1F3ED|8.0|man factory worker: dark skin tone|
    man_factory_worker_tone5 man_factory_worker_dark_skin_tone
1F469-200D-1F4BB|6.0|woman technologist|woman_technologist
1F469-1F3FB-200D-1F4BB|8.0|woman technologist: light skin tone|
    woman_technologist_tone1 woman_technologist_light_skin_tone
1F469-1F3FC-200D-1F4BB|8.0|woman technologist: medium-light skin tone|
    woman_technologist_tone2 woman_technologist_medium_light_skin_tone woman_technologist_medium-light_skin_tone
1F469-1F3FD-200D-1F4BB|8.0|woman technologist: medium skin tone|
    woman_technologist_tone3 woman_technologist_medium_skin_tone
1F469-1F3FE-200D-1F4BB|8.0|woman technologist: medium-dark skin tone|
    woman_technologist_tone4 woman_technologist_medium_dark_skin_tone woman_technologist_medium-dark_skin_tone
1F469-1F3FF-200D-1F4BB|8.0|woman technologist: dark skin tone|
    woman_technologist_tone5 woman_technologist_dark_skin_tone
1F468-200D-1F4BB|6.0|man technologist|man_technologist
1F468-1F3FB-200D-1F4BB|8.0|man technologist: light skin tone|man_technologist_tone1 man_technologist_light_skin_tone
1F468-1F3FC-200D-1F4BB|8.0|man technologist: medium-light skin tone|
    man_technologist_tone2 man_technologist_medium_light_skin_tone man_technologist_medium-light_skin_tone
1F468-1F3FD-200D-1F4BB|8.0|man technologist: medium skin tone|man_technologist_tone3 man_technologist_medium_skin_tone
1F468-1F3FE-200D-1F4BB|8.0|man technologist: medium-dark skin tone|
    man_technologist_tone4 man_technologist_medium_dark_skin_tone man_technologist_medium-dark_skin_tone
1F468-1F3FF-200D-1F4BB|8.0|man technologist: dark skin tone|man_technologist_tone5 man_technologist_dark_skin_tone
1F469-200D-1F4BC|6.0|woman office worker|woman_office_worker
1F469-1F3FB-200D-1F4BC|8.0|woman office worker: light skin tone|
    woman_office_worker_tone1 woman_office_worker_light_skin_tone
1F469-1F3FC-200D-1F4BC|8.0|woman office worker: medium-light skin tone|
    woman_office_worker_tone2 woman_office_worker_medium_light_skin_tone woman_office_worker_medium-
    light_skin_tone
1F469-1F3FD-200D-1F4BC|8.0|woman office worker: medium skin tone|
    woman_office_worker_tone3 woman_office_worker_medium_skin_tone
1F469-1F3FE-200D-1F4BC|8.0|woman office worker: medium-dark skin tone|
    woman_office_worker_tone4 woman_office_worker_medium_dark_skin_tone woman_office_worker_medium-dark_skin_tone
1F469-1F3FF-200D-1F4BC|8.0|woman office worker: dark skin tone|
    woman_office_worker_tone5 woman_office_worker_dark_skin_tone
1F468-200D-1F4BC|6.0|man office worker|man_office_worker
1F468-1F3FB-200D-1F4BC|8.0|man office worker: light skin tone|
    man_office_worker_tone1 man_office_worker_light_skin_tone
1F468-1F3FC-200D-1F4BC|8.0|man office worker: medium-light skin tone|
    man_office_worker_tone2 man_office_worker_medium_light_skin_tone man_office_worker_medium-light_skin_tone
1F468-1F3FD-200D-1F4BC|8.0|man office worker: medium skin tone|
    man_office_worker_tone3 man_office_worker_medium_skin_tone
1F468-1F3FE-200D-1F4BC|8.0|man office worker: medium-dark skin tone|
    man_office_worker_tone4 man_office_worker_medium_dark_skin_tone man_office_worker_medium-dark_skin_tone
1F468-1F3FF-200D-1F4BC|8.0|man office worker: dark skin tone|man_office_worker_tone5 man_office_worker_dark_skin_tone
1F469-200D-1F527|6.0|woman mechanic|woman_mechanic
1F469-1F3FB-200D-1F527|8.0|woman mechanic: light skin tone|woman_mechanic_tone1 woman_mechanic_light_skin_tone
1F469-1F3FC-200D-1F527|8.0|woman mechanic: medium-light skin tone|
    woman_mechanic_tone2 woman_mechanic_medium_light_skin_tone woman_mechanic_medium-light_skin_tone
1F469-1F3FD-200D-1F527|8.0|woman mechanic: medium skin tone|woman_mechanic_tone3 woman_mechanic_medium_skin_tone
1F469-1F3FE-200D-1F527|8.0|woman mechanic: medium-dark skin tone|
    woman_mechanic_tone4 woman_mechanic_medium_dark_skin_tone woman_mechanic_medium-dark_skin_tone
1F469-1F3FF-200D-1F527|8.0|woman mechanic: dark skin tone|woman_mechanic_tone5 woman_mechanic_dark_skin_tone
1F468-200D-1F527|6.0|man mechanic|man_mechanic
1F468-1F3FB-200D-1F527|8.0|man mechanic: light skin tone|man_mechanic_tone1 man_mechanic_light_skin_tone
1F468-1F3FC-200D-1F527|8.0|man mechanic: medium-light skin tone|
    man_mechanic_tone2 man_mechanic_medium_light_skin_tone man_mechanic_medium-light_skin_tone
1F468-1F3FD-200D-1F527|8.0|man mechanic: medium skin tone|man_mechanic_tone3 man_mechanic_medium_skin_tone
1F468-1F3FE-200D-1F527|8.0|man mechanic: medium-dark skin tone|
    man_mechanic_tone4 man_mechanic_medium_dark_skin_tone man_mechanic_medium-dark_skin_tone
1F468-1F3FF-200D-1F527|8.0|man mechanic: dark skin tone|man_mechanic_tone5 man_mechanic_dark_skin_tone
1F469-200D-1F52C|6.0|woman scientist|woman_scientist
1F469-1F3FB-200D-1F52C|8.0|woman scientist: light skin tone|woman_scientist_tone1 woman_scientist_light_skin_tone
1F469-1F3FC-200D-1F52C|8.0|woman scientist: medium-light skin tone|
    woman_scientist_tone2 woman_scientist_medium_light_skin_tone woman_scientist_medium-light_skin_tone
1F469-1F3FD-200D-1F52C|8.0|woman scientist: medium skin tone|woman_scientist_tone3 woman_scientist_medium_skin_tone
1F469-1F3FE-200D-1F52C|8.0|woman scientist: medium-dark skin tone|
    woman_scientist_tone4 woman_scientist_medium_dark_skin_tone woman_scientist_medium-dark_skin_tone
1F469-1F3FF-200D-1F52C|8.0|woman scientist: dark skin tone|woman_scientist_tone5 woman_scientist_dark_skin_tone
1F468-200D-1F52C|6.0|man scientist|man_scientist
1F468-1F3FB-200D-1F52C|8.0|man scientist: light skin tone|man_scientist_tone1 man_scientist_light_skin_tone
1F468-1F3FC-200D-1F52C|8.0|man scientist: medium-light skin tone|
    man_scientist_tone2 man_scientist_medium_light_skin_tone man_scientist_medium-light_skin_tone
1F468-1F3FD-200D-1F52C|8.0|man scientist: medium skin tone|man_scientist_tone3 man_scientist_medium_skin_tone
1F468-1F3FE-200D-1F52C|8.0|man scientist: medium-dark skin tone|
    man_scientist_tone4 man_scientist_medium_dark_skin_tone man_scientist_medium-dark_skin_tone
1F468-1F3FF-200D-1F52C|8.0|man scientist: dark skin tone|man_scientist_tone5 man_scientist_dark_skin_tone
1F469-200D-1F3A8|6.0|woman artist|woman_artist
1F469-1F3FB-200D-1F3A8|8.0|woman artist: light skin tone|woman_artist_tone1 woman_artist_light_skin_tone
1F469-1F3FC-200D-1F3A8|8.0|woman artist: medium-light skin tone|
    woman_artist_tone2 woman_artist_medium_light_skin_tone woman_artist_medium-light_skin_tone
1F469-1F3FD-200D-1F3A8|8.0|woman artist: medium skin tone|woman_artist_tone3 woman_artist_medium_skin_tone
1F469-1F3FE-200D-1F3A8|8.0|woman artist: medium-dark skin tone|
    woman_artist_tone4 woman_artist_medium_dark_skin_tone woman_artist_medium-dark_skin_tone
1F469-1F3FF-200D-1F3A8|8.0|woman artist: dark skin tone|woman_artist_tone5 woman_artist_dark_skin_tone
1F468-200D-1F3A8|6.0|man artist|man_artist
1F468-1F3FB-200D-1F3A8|8.0|man artist: light skin tone|man_artist_tone1 man_artist_light_skin_tone
1F468-1F3FC-200D-1F3A8|8.0|man artist: medium-light skin tone|
    man_artist_tone2 man_artist_medium_light_skin_tone man_artist_medium-light_skin_tone
1F468-1F3FD-200D-1F3A8|8.0|man artist: medium skin tone|man_artist_tone3 man_artist_medium_skin_tone
1F468-1F3FE-200D-1F3A8|8.0|man artist: medium-dark skin tone|
    man_artist_tone4 man_artist_medium_dark_skin_tone man_artist_medium-dark_skin_tone
1F468-1F3FF-200D-1F3A8|8.0|man artist: dark skin tone|man_artist_tone5 man_artist_dark_skin_tone
1F469-200D-1F692|6.0|woman firefighter|woman_firefighter
1F469-1F3FB-200D-1F692|8.0|woman firefighter: light skin tone|
    woman_firefighter_tone1 woman_firefighter_light_skin_tone
1F469-1F3FC-200D-1F692|8.0|woman firefighter: medium-light skin tone|
    woman_firefighter_tone2 woman_firefighter_medium_light_skin_tone woman_firefighter_medium-light_skin_tone
1F469-1F3FD-200D-1F692|8.0|woman firefighter: medium skin tone|
    woman_firefighter_tone3 woman_firefighter_medium_skin_tone
1F469-1F3FE-200D-1F692|8.0|woman firefighter: medium-dark skin tone|
    woman_firefighter_tone4 woman_firefighter_medium_dark_skin_tone woman_firefighter_medium-dark_skin_tone
1F469-1F3FF-200D-1F692|8.0|woman firefighter: dark skin tone|woman_firefighter_tone5 woman_firefighter_dark_skin_tone
1F468-200D-1F692|6.0|man firefighter|man_firefighter
1F468-1F3FB-200D-1F692|8.0|man firefighter: light skin tone|man_firefighter_tone1 man_firefighter_light_skin_tone
1F468-1F3FC-200D-1F692|8.0|man firefighter: medium-light skin tone|
    man_firefighter_tone2 man_firefighter_medium_light_skin_tone man_firefighter_medium-light_skin_tone
1F468-1F3FD-200D-1F692|8.0|man firefighter: medium skin tone|man_firefighter_tone3 man_firefighter_medium_skin_tone
1F468-1F3FE-200D-1F692|8.0|man firefighter: medium-dark skin tone|
    man_firefighter_tone4 man_firefighter_medium_dark_skin_tone man_firefighter_medium-dark_skin_tone
1F468-1F3FF-200D-1F692|8.0|man firefighter: dark skin tone|man_firefighter_tone5 man_firefighter_dark_skin_tone
1F469-200D-2708-FE0F|6.0|woman pilot|woman_pilot
1F469-1F3FB-200D-2708-FE0F|8.0|woman pilot: light skin tone|woman_pilot_tone1 woman_pilot_light_skin_tone
1F469-1F3FC-200D-2708-FE0F|8.0|woman pilot: medium-light skin tone|
    woman_pilot_tone2 woman_pilot_medium_light_skin_tone woman_pilot_medium-light_skin_tone
1F469-1F3FD-200D-2708-FE0F|8.0|woman pilot: medium skin tone|woman_pilot_tone3 woman_pilot_medium_skin_tone
1F469-1F3FE-200D-2708-FE0F|8.0|woman pilot: medium-dark skin tone|
    woman_pilot_tone4 woman_pilot_medium_dark_skin_tone woman_pilot_medium-dark_skin_tone
1F469-1F3FF-200D-2708-FE0F|8.0|woman pilot: dark skin tone|woman_pilot_tone5 woman_pilot_dark_skin_tone
1F468-200D-2708-FE0F|6.0|man pilot|man_pilot
1F468-1F3FB-200D-2708-FE0F|8.0|man pilot: light skin tone|man_pilot_tone1 man_pilot_light_skin_tone
1F468-1F3FC-200D-2708-FE0F|8.0|man pilot: medium-light skin tone|
    man_pilot_tone2 man_pilot_medium_light_skin_tone man_pilot_medium-light_skin_tone
1F468-1F3FD-200D-2708-FE0F|8.0|man pilot: medium skin tone|man_pilot_tone3 man_pilot_medium_skin_tone
1F468-1F3FE-200D-2708-FE0F|8.0|man pilot: medium-dark skin tone|
    man_pilot_tone4 man_pilot_medium_dark_skin_tone man_pilot_medium-dark_skin_tone
1F468-1F3FF-200D-2708-FE0F|8.0|man pilot: dark skin tone|man_pilot_tone5 man_pilot_dark_skin_tone
1F469-200D-1F680|6.0|woman astronaut|woman_astronaut
1F469-1F3FB-200D-1F680|8.0|woman astronaut: light skin tone|woman_astronaut_tone1 woman_astronaut_light_skin_tone
1F469-1F3FC-200D-1F680|8.0|woman astronaut: medium-light skin tone|
    woman_astronaut_tone2 woman_astronaut_medium_light_skin_tone woman_astronaut_medium-light_skin_tone
1F469-1F3FD-200D-1F680|8.0|woman astronaut: medium skin tone|woman_astronaut_tone3 woman_astronaut_medium_skin_tone
1F469-1F3FE-200D-1F680|8.0|woman astronaut: medium-dark skin tone|
    woman_astronaut_tone4 woman_astronaut_medium_dark_skin_tone woman_astronaut_medium-dark_skin_tone
1F469-1F3FF-200D-1F680|8.0|woman astronaut: dark skin tone|woman_astronaut_tone5 woman_astronaut_dark_skin_tone
1F468-200D-1F680|6.0|man astronaut|man_astronaut
1F468-1F3FB-200D-1F680|8.0|man astronaut: light skin tone|man_astronaut_tone1 man_astronaut_light_skin_tone
1F468-1F3FC-200D-1F680|8.0|man astronaut: medium-light skin tone|
    man_astronaut_tone2 man_astronaut_medium_light_skin_tone man_astronaut_medium-light_skin_tone
1F468-1F3FD-200D-1F680|8.0|man astronaut: medium skin tone|man_astronaut_tone3 man_astronaut_medium_skin_tone
1F468-1F3FE-200D-1F680|8.0|man astronaut: medium-dark skin tone|
    man_astronaut_tone4 man_astronaut_medium_dark_skin_tone man_astronaut_medium-dark_skin_tone
1F468-1F3FF-200D-1F680|8.0|man astronaut: dark skin tone|man_astronaut_tone5 man_astronaut_dark_skin_tone
1F469-200D-2696-FE0F|6.0|woman judge|woman_judge
1F469-1F3FB-200D-2696-FE0F|8.0|woman judge: light skin tone|woman_judge_tone1 woman_judge_light_skin_tone
1F469-1F3FC-200D-2696-FE0F|8.0|woman judge: medium-light skin tone|
    woman_judge_tone2 woman_judge_medium_light_skin_tone woman_judge_medium-light_skin_tone
1F469-1F3FD-200D-2696-FE0F|8.0|woman judge: medium skin tone|woman_judge_tone3 woman_judge_medium_skin_tone
1F469-1F3FE-200D-2696-FE0F|8.0|woman judge: medium-dark skin tone|
    woman_judge_tone4 woman_judge_medium_dark_skin_tone woman_judge_medium-dark_skin_tone
1F469-1F3FF-200D-2696-FE0F|8.0|woman judge: dark skin tone|woman_judge_tone5 woman_judge_dark_skin_tone
1F468-200D-2696-FE0F|6.0|man judge|man_judge
1F468-1F3FB-200D-2696-FE0F|8.0|man judge: light skin tone|man_judge_tone1 man_judge_light_skin_tone
1F468-1F3FC-200D-2696-FE0F|8.0|man judge: medium-light skin tone|
    man_judge_tone2 man_judge_medium_light_skin_tone man_judge_medium-light_skin_tone
1F468-1F3FD-200D-2696-FE0F|8.0|man judge: medium skin tone|man_judge_tone3 man_judge_medium_skin_tone
1F468-1F3FE-200D-2696-FE0F|8.0|man judge: medium-dark skin tone|
    man_judge_tone4 man_judge_medium_dark_skin_tone man_judge_medium-dark_skin_tone
1F468-1F3FF-200D-2696-FE0F|8.0|man judge: dark skin tone|man_judge_tone5 man_judge_dark_skin_tone
1F470|6.0|bride with veil|bride_with_veil
1F470-1F3FB|8.0|bride with veil: light skin tone|bride_with_veil_tone1 bride_with_veil_light_skin_tone
1F470-1F3FC|8.0|bride with veil: medium-light skin tone|bride_with_veil_tone2 bride_with_veil_medium-light_skin_tone
1F470-1F3FD|8.0|bride with veil: medium skin tone|bride_with_veil_tone3 bride_with_veil_medium_skin_tone
1F470-1F3FE|8.0|bride with veil: medium-dark skin tone|bride_with_veil_tone4 bride_with_veil_medium-dark_skin_tone
1F470-1F3FF|8.0|bride with veil: dark skin tone|bride_with_veil_tone5 bride_with_veil_dark_skin_tone
1F935|9.0|man in tuxedo|man_in_tuxedo
1F935-1F3FB|9.0|man in tuxedo: light skin tone|man_in_tuxedo_tone1 tuxedo_tone1 man_in_tuxedo_light_skin_tone
1F935-1F3FC|9.0|man in tuxedo: medium-light skin tone|
    man_in_tuxedo_tone2 tuxedo_tone2 man_in_tuxedo_medium-light_skin_tone
1F935-1F3FD|9.0|man in tuxedo: medium skin tone|man_in_tuxedo_tone3 tuxedo_tone3 man_in_tuxedo_medium_skin_tone
1F935-1F3FE|9.0|man in tuxedo: medium-dark skin tone|
    man_in_tuxedo_tone4 tuxedo_tone4 man_in_tuxedo_medium-dark_skin_tone
1F935-1F3FF|9.0|man in tuxedo: dark skin tone|man_in_tuxedo_tone5 tuxedo_tone5 man_in_tuxedo_dark_skin_tone
1F478|6.0|princess|princess
1F478-1F3FB|8.0|princess: light skin tone|princess_tone1 princess_light_skin_tone
1F478-1F3FC|8.0|princess: medium-light skin tone|princess_tone2 princess_medium-light_skin_tone
1F478-1F3FD|8.0|princess: medium skin tone|princess_tone3 princess_medium_skin_tone
1F478-1F3FE|8.0|princess: medium-dark skin tone|princess_tone4 princess_medium-dark_skin_tone
1F478-1F3FF|8.0|princess: dark skin tone|princess_tone5 princess_dark_skin_tone
1F934|9.0|prince|prince
1F934-1F3FB|9.0|prince: light skin tone|prince_tone1 prince_light_skin_tone
1F934-1F3FC|9.0|prince: medium-light skin tone|prince_tone2 prince_medium-light_skin_tone
1F934-1F3FD|9.0|prince: medium skin tone|prince_tone3 prince_medium_skin_tone
1F934-1F3FE|9.0|prince: medium-dark skin tone|prince_tone4 prince_medium-dark_skin_tone
1F934-1F3FF|9.0|prince: dark skin tone|prince_tone5 prince_dark_skin_tone
1F936|9.0|mrs. claus|mrs_claus mother_christmas
1F936-1F3FB|9.0|mrs. claus: light skin tone|mrs_claus_tone1 mother_christmas_tone1 mrs_claus_light_skin_tone
1F936-1F3FD|9.0|mrs. claus: medium skin tone|mrs_claus_tone3 mother_christmas_tone3 mrs_claus_medium_skin_tone
1F936-1F3FC|9.0|mrs. claus: medium-light skin tone|
    mrs_claus_tone2 mother_christmas_tone2 mrs_claus_medium-light_skin_tone
1F936-1F3FE|9.0|mrs. claus: medium-dark skin tone|
    mrs_claus_tone4 mother_christmas_tone4 mrs_claus_medium-dark_skin_tone
1F936-1F3FF|9.0|mrs. claus: dark skin tone|mrs_claus_tone5 mother_christmas_tone5 mrs_claus_dark_skin_tone
1F385|6.0|santa claus|santa santa_claus
1F385-1F3FB|8.0|santa claus: light skin tone|santa_tone1 santa_claus_light_skin_tone
1F385-1F3FC|8.0|santa claus: medium-light skin tone|santa_tone2 santa_claus_medium-light_skin_tone
1F385-1F3FD|8.0|santa claus: medium skin tone|santa_tone3 santa_claus_medium_skin_tone
1F385-1F3FE|8.0|santa claus: medium-dark skin tone|santa_tone4 santa_claus_medium-dark_skin_tone
1F385-1F3FF|8.0|santa claus: dark skin tone|santa_tone5 santa_claus_dark_skin_tone
1F9D9|10.0|mage|mage
1F9D9-1F3FB|10.0|mage: light skin tone|mage_tone1 mage_light_skin_tone
1F9D9-1F3FC|10.0|mage: medium-light skin tone|mage_tone2 mage_medium_light_skin_tone mage_medium-light_skin_tone
1F9D9-1F3FD|10.0|mage: medium skin tone|mage_tone3 mage_medium_skin_tone
1F9D9-1F3FE|10.0|mage: medium-dark skin tone|mage_tone4 mage_medium_dark_skin_tone mage_medium-dark_skin_tone
1F9D9-1F3FF|10.0|mage: dark skin tone|mage_tone5 mage_dark_skin_tone
1F9D9-200D-2640-FE0F|10.0|woman mage|woman_mage
1F9D9-1F3FB-200D-2640-FE0F|10.0|woman mage: light skin tone|woman_mage_tone1 woman_mage_light_skin_tone
1F9D9-1F3FC-200D-2640-FE0F|10.0|woman mage: medium-light skin tone|
    woman_mage_tone2 woman_mage_medium_light_skin_tone woman_mage_medium-light_skin_tone
1F9D9-1F3FD-200D-2640-FE0F|10.0|woman mage: medium skin tone|woman_mage_tone3 woman_mage_medium_skin_tone
1F9D9-1F3FE-200D-2640-FE0F|10.0|woman mage: medium-dark skin tone|
    woman_mage_tone4 woman_mage_medium_dark_skin_tone woman_mage_medium-dark_skin_tone
1F9D9-1F3FF-200D-2640-FE0F|10.0|woman mage: dark skin tone|woman_mage_tone5 woman_mage_dark_skin_tone
1F9D9-200D-2642-FE0F|10.0|man mage|man_mage
1F9D9-1F3FB-200D-2642-FE0F|10.0|man mage: light skin tone|man_mage_tone1 man_mage_light_skin_tone
1F9D9-1F3FC-200D-2642-FE0F|10.0|man mage: medium-light skin tone|
    man_mage_tone2 man_mage_medium_light_skin_tone man_mage_medium-light_skin_tone
1F9D9-1F3FD-200D-2642-FE0F|10.0|man mage: medium skin tone|man_mage_tone3 man_mage_medium_skin_tone
1F9D9-1F3FE-200D-2642-FE0F|10.0|man mage: medium-dark skin tone|
    man_mage_tone4 man_mage_medium_dark_skin_tone man_mage_medium-dark_skin_tone
1F9D9-1F3FF-200D-2642-FE0F|10.0|man mage: dark skin tone|man_mage_tone5 man_mage_dark_skin_tone
1F9DD|10.0|elf|elf
1F9DD-1F3FB|10.0|elf: light skin tone|elf_tone1 elf_light_skin_tone
1F9DD-1F3FC|10.0|elf: medium-light skin tone|elf_tone2 elf_medium_light_skin_tone elf_medium-light_skin_tone
1F9DD-1F3FD|10.0|elf: medium skin tone|elf_tone3 elf_medium_skin_tone
1F9DD-1F3FE|10.0|elf: medium-dark skin tone|elf_tone4 elf_medium_dark_skin_tone elf_medium-dark_skin_tone
1F9DD-1F3FF|10.0|elf: dark skin tone|elf_tone5 elf_dark_skin_tone
1F9DD-200D-2640-FE0F|10.0|woman elf|woman_elf
1F9DD-1F3FB-200D-2640-FE0F|10.0|woman elf: light skin tone|woman_elf_tone1 woman_elf_light_skin_tone
1F9DD-1F3FC-200D-2640-FE0F|10.0|woman elf: medium-light skin tone|
    woman_elf_tone2 woman_elf_medium_light_skin_tone woman_elf_medium-light_skin_tone
1F9DD-1F3FD-200D-2640-FE0F|10.0|woman elf: medium skin tone|woman_elf_tone3 woman_elf_medium_skin_tone
1F9DD-1F3FE-200D-2640-FE0F|10.0|woman elf: medium-dark skin tone|
    woman_elf_tone4 woman_elf_medium_dark_skin_tone woman_elf_medium-dark_skin_tone
1F9DD-1F3FF-200D-2640-FE0F|10.0|woman elf: dark skin tone|woman_elf_tone5 woman_elf_dark_skin_tone
1F9DD-200D-2642-FE0F|10.0|man elf|man_elf
1F9DD-1F3FB-200D-2642-FE0F|10.0|man elf: light skin tone|man_elf_tone1 man_elf_light_skin_tone
1F9DD-1F3FC-200D-2642-FE0F|10.0|man elf: medium-light skin tone|
    man_elf_tone2 man_elf_medium_light_skin_tone man_elf_medium-light_skin_tone
1F9DD-1F3FD-200D-2642-FE0F|10.0|man elf: medium skin tone|man_elf_tone3 man_elf_medium_skin_tone
1F9DD-1F3FE-200D-2642-FE0F|10.0|man elf: medium-dark skin tone|
    man_elf_tone4 man_elf_medium_dark_skin_tone man_elf_medium-dark_skin_tone
1F9DD-1F3FF-200D-2642-FE0F|10.0|man elf: dark skin tone|man_elf_tone5 man_elf_dark_skin_tone
1F9DB|10.0|vampire|vampire
1F9DB-1F3FB|10.0|vampire: light skin tone|vampire_tone1 vampire_light_skin_tone
1F9DB-1F3FC|10.0|vampire: medium-light skin tone|
    vampire_tone2 vampire_medium_light_skin_tone vampire_medium-light_skin_tone
1F9DB-1F3FD|10.0|vampire: medium skin tone|vampire_tone3 vampire_medium_skin_tone
1F9DB-1F3FE|10.0|vampire: medium-dark skin tone|
    vampire_tone4 vampire_medium_dark_skin_tone vampire_medium-dark_skin_tone
1F9DB-1F3FF|10.0|vampire: dark skin tone|vampire_tone5 vampire_dark_skin_tone
1F9DB-200D-2640-FE0F|10.0|woman vampire|woman_vampire
1F9DB-1F3FB-200D-2640-FE0F|10.0|woman vampire: light skin tone|woman_vampire_tone1 woman_vampire_light_skin_tone
1F9DB-1F3FC-200D-2640-FE0F|10.0|woman vampire: medium-light skin tone|
    woman_vampire_tone2 woman_vampire_medium_light_skin_tone woman_vampire_medium-light_skin_tone
1F9DB-1F3FD-200D-2640-FE0F|10.0|woman vampire: medium skin tone|woman_vampire_tone3 woman_vampire_medium_skin_tone
1F9DB-1F3FE-200D-2640-FE0F|10.0|woman vampire: medium-dark skin tone|
    woman_vampire_tone4 woman_vampire_medium_dark_skin_tone woman_vampire_medium-dark_skin_tone
1F9DB-1F3FF-200D-2640-FE0F|10.0|woman vampire: dark skin tone|woman_vampire_tone5 woman_vampire_dark_skin_tone
1F9DB-200D-2642-FE0F|10.0|man vampire|man_vampire
1F9DB-1F3FB-200D-2642-FE0F|10.0|man vampire: light skin tone|man_vampire_tone1 man_vampire_light_skin_tone
1F9DB-1F3FC-200D-2642-FE0F|10.0|man vampire: medium-light skin tone|
    man_vampire_tone2 man_vampire_medium_light_skin_tone man_vampire_medium-light_skin_tone
1F9DB-1F3FD-200D-2642-FE0F|10.0|man vampire: medium skin tone|man_vampire_tone3 man_vampire_medium_skin_tone
1F9DB-1F3FE-200D-2642-FE0F|10.0|man vampire: medium-dark skin tone|
    man_vampire_tone4 man_vampire_medium_dark_skin_tone man_vampire_medium-dark_skin_tone
1F9DB-1F3FF-200D-2642-FE0F|10.0|man vampire: dark skin tone|man_vampire_tone5 man_vampire_dark_skin_tone
1F9DF|10.0|zombie|zombie
1F9DF-200D-2640-FE0F|10.0|woman zombie|woman_zombie
1F9DF-200D-2642-FE0F|10.0|man zombie|man_zombie
1F9DE|10.0|genie|genie
1F9DE-200D-2640-FE0F|10.0|woman genie|woman_genie
1F9DE-200D-2642-FE0F|10.0|man genie|man_genie
1F9DC|10.0|merperson|merperson
1F9DC-1F3FB|10.0|merperson: light skin tone|merperson_tone1 merperson_light_skin_tone
1F9DC-1F3FC|10.0|merperson: medium-light skin tone|
    merperson_tone2 merperson_medium_light_skin_tone merperson_medium-light_skin_tone
1F9DC-1F3FD|10.0|merperson: medium skin tone|merperson_tone3 merperson_medium_skin_tone
1F9DC-1F3FE|10.0|merperson: medium-dark skin tone|
    merperson_tone4 merperson_medium_dark_skin_tone merperson_medium-dark_skin_tone
1F9DC-1F3FF|10.0|merperson: dark skin tone|merperson_tone5 merperson_dark_skin_tone
1F9DC-200D-2640-FE0F|10.0|mermaid|mermaid
1F9DC-1F3FB-200D-2640-FE0F|10.0|mermaid: light skin tone|mermaid_tone1 mermaid_light_skin_tone
1F9DC-1F3FC-200D-2640-FE0F|10.0|mermaid: medium-light skin tone|
    mermaid_tone2 mermaid_medium_light_skin_tone mermaid_medium-light_skin_tone
1F9DC-1F3FD-200D-2640-FE0F|10.0|mermaid: medium skin tone|mermaid_tone3 mermaid_medium_skin_tone
1F9DC-1F3FE-200D-2640-FE0F|10.0|mermaid: medium-dark skin tone|
    mermaid_tone4 mermaid_medium_dark_skin_tone mermaid_medium-dark_skin_tone
1F9DC-1F3FF-200D-2640-FE0F|10.0|mermaid: dark skin tone|mermaid_tone5 mermaid_dark_skin_tone
1F9DC-200D-2642-FE0F|10.0|merman|merman
1F9DC-1F3FB-200D-2642-FE0F|10.0|merman: light skin tone|merman_tone1 merman_light_skin_tone
1F9DC-1F3FC-200D-2642-FE0F|10.0|merman: medium-light skin tone|
    merman_tone2 merman_medium_light_skin_tone merman_medium-light_skin_tone
1F9DC-1F3FD-200D-2642-FE0F|10.0|merman: medium skin tone|merman_tone3 merman_medium_skin_tone
1F9DC-1F3FE-200D-2642-FE0F|10.0|merman: medium-dark skin tone|
    merman_tone4 merman_medium_dark_skin_tone merman_medium-dark_skin_tone
1F9DC-1F3FF-200D-2642-FE0F|10.0|merman: dark skin tone|merman_tone5 merman_dark_skin_tone
1F9DA|10.0|fairy|fairy
1F9DA-1F3FB|10.0|fairy: light skin tone|fairy_tone1 fairy_light_skin_tone
1F9DA-1F3FC|10.0|fairy: medium-light skin tone|fairy_tone2 fairy_medium_light_skin_tone fairy_medium-light_skin_tone
1F9DA-1F3FD|10.0|fairy: medium skin tone|fairy_tone3 fairy_medium_skin_tone
1F9DA-1F3FE|10.0|fairy: medium-dark skin tone|fairy_tone4 fairy_medium_dark_skin_tone fairy_medium-dark_skin_tone
1F9DA-1F3FF|10.0|fairy: dark skin tone|fairy_tone5 fairy_dark_skin_tone
1F9DA-200D-2640-FE0F|10.0|woman fairy|woman_fairy
1F9DA-1F3FB-200D-2640-FE0F|10.0|woman fairy: light skin tone|woman_fairy_tone1 woman_fairy_light_skin_tone
1F9DA-1F3FC-200D-2640-FE0F|10.0|woman fairy: medium-light skin tone|
    woman_fairy_tone2 woman_fairy_medium_light_skin_tone woman_fairy_medium-light_skin_tone
1F9DA-1F3FD-200D-2640-FE0F|10.0|woman fairy: medium skin tone|woman_fairy_tone3 woman_fairy_medium_skin_tone
1F9DA-1F3FE-200D-2640-FE0F|10.0|woman fairy: medium-dark skin tone|
    woman_fairy_tone4 woman_fairy_medium_dark_skin_tone woman_fairy_medium-dark_skin_tone
1F9DA-1F3FF-200D-2640-FE0F|10.0|woman fairy: dark skin tone|woman_fairy_tone5 woman_fairy_dark_skin_tone
1F9DA-1F3FB-200D-2642-FE0F|10.0|man fairy: light skin tone|man_fairy_tone1 man_fairy_light_skin_tone
1F9DA-200D-2642-FE0F|10.0|man fairy|man_fairy
1F9DA-1F3FC-200D-2642-FE0F|10.0|man fairy: medium-light skin tone|
    man_fairy_tone2 man_fairy_medium_light_skin_tone man_fairy_medium-light_skin_tone
1F9DA-1F3FD-200D-2642-FE0F|10.0|man fairy: medium skin tone|man_fairy_tone3 man_fairy_medium_skin_tone
1F9DA-1F3FE-200D-2642-FE0F|10.0|man fairy: medium-dark skin tone|
    man_fairy_tone4 man_fairy_medium_dark_skin_tone man_fairy_medium-dark_skin_tone
1F9DA-1F3FF-200D-2642-FE0F|10.0|man fairy: dark skin tone|man_fairy_tone5 man_fairy_dark_skin_tone
1F47C|6.0|baby angel|angel baby_angel
1F47C-1F3FB|8.0|baby angel: light skin tone|angel_tone1 baby_angel_light_skin_tone
1F47C-1F3FC|8.0|baby angel: medium-light skin tone|angel_tone2 baby_angel_medium-light_skin_tone
1F47C-1F3FD|8.0|baby angel: medium skin tone|angel_tone3 baby_angel_medium_skin_tone
1F47C-1F3FE|8.0|baby angel: medium-dark skin tone|angel_tone4 baby_angel_medium-dark_skin_tone
1F47C-1F3FF|8.0|baby angel: dark skin tone|angel_tone5 baby_angel_dark_skin_tone
1F930|9.0|pregnant woman|pregnant_woman expecting_woman
1F930-1F3FB|9.0|pregnant woman: light skin tone|
    pregnant_woman_tone1 expecting_woman_tone1 pregnant_woman_light_skin_tone
1F930-1F3FC|9.0|pregnant woman: medium-light skin tone|
    pregnant_woman_tone2 expecting_woman_tone2 pregnant_woman_medium-light_skin_tone
1F930-1F3FD|9.0|pregnant woman: medium skin tone|
    pregnant_woman_tone3 expecting_woman_tone3 pregnant_woman_medium_skin_tone
1F930-1F3FE|9.0|pregnant woman: medium-dark skin tone|
    pregnant_woman_tone4 expecting_woman_tone4 pregnant_woman_medium-dark_skin_tone
1F930-1F3FF|9.0|pregnant woman: dark skin tone|
    pregnant_woman_tone5 expecting_woman_tone5 pregnant_woman_dark_skin_tone
1F931|10.0|breast-feeding|breast_feeding breast-feeding
1F931-1F3FB|10.0|breast-feeding: light skin tone|
    breast_feeding_tone1 breast_feeding_light_skin_tone breast-feeding_light_skin_tone
1F931-1F3FC|10.0|breast-feeding: medium-light skin tone|
    breast_feeding_tone2 breast_feeding_medium_light_skin_tone breast-feeding_medium-light_skin_tone
1F931-1F3FD|10.0|breast-feeding: medium skin tone|
    breast_feeding_tone3 breast_feeding_medium_skin_tone breast-feeding_medium_skin_tone
1F931-1F3FE|10.0|breast-feeding: medium-dark skin tone|
    breast_feeding_tone4 breast_feeding_medium_dark_skin_tone breast-feeding_medium-dark_skin_tone
1F931-1F3FF|10.0|breast-feeding: dark skin tone|
    breast_feeding_tone5 breast_feeding_dark_skin_tone breast-feeding_dark_skin_tone
1F647|6.0|person bowing|person_bowing bow
1F647-1F3FB|8.0|person bowing: light skin tone|person_bowing_tone1 bow_tone1 person_bowing_light_skin_tone
1F647-1F3FC|8.0|person bowing: medium-light skin tone|
    person_bowing_tone2 bow_tone2 person_bowing_medium-light_skin_tone
1F647-1F3FD|8.0|person bowing: medium skin tone|person_bowing_tone3 bow_tone3 person_bowing_medium_skin_tone
1F647-1F3FE|8.0|person bowing: medium-dark skin tone|person_bowing_tone4 bow_tone4 person_bowing_medium-dark_skin_tone
1F647-1F3FF|8.0|person bowing: dark skin tone|person_bowing_tone5 bow_tone5 person_bowing_dark_skin_tone
1F647-200D-2640-FE0F|6.0|woman bowing|woman_bowing
1F647-1F3FB-200D-2640-FE0F|8.0|woman bowing: light skin tone|woman_bowing_tone1 woman_bowing_light_skin_tone
1F647-1F3FC-200D-2640-FE0F|8.0|woman bowing: medium-light skin tone|
    woman_bowing_tone2 woman_bowing_medium_light_skin_tone woman_bowing_medium-light_skin_tone
1F647-1F3FD-200D-2640-FE0F|8.0|woman bowing: medium skin tone|woman_bowing_tone3 woman_bowing_medium_skin_tone
1F647-1F3FE-200D-2640-FE0F|8.0|woman bowing: medium-dark skin tone|
    woman_bowing_tone4 woman_bowing_medium_dark_skin_tone woman_bowing_medium-dark_skin_tone
1F647-1F3FF-200D-2640-FE0F|8.0|woman bowing: dark skin tone|woman_bowing_tone5 woman_bowing_dark_skin_tone
1F647-200D-2642-FE0F|6.0|man bowing|man_bowing
1F647-1F3FB-200D-2642-FE0F|8.0|man bowing: light skin tone|man_bowing_tone1 man_bowing_light_skin_tone
1F647-1F3FC-200D-2642-FE0F|8.0|man bowing: medium-light skin tone|
    man_bowing_tone2 man_bowing_medium_light_skin_tone man_bowing_medium-light_skin_tone
1F647-1F3FD-200D-2642-FE0F|8.0|man bowing: medium skin tone|man_bowing_tone3 man_bowing_medium_skin_tone
1F647-1F3FE-200D-2642-FE0F|8.0|man bowing: medium-dark skin tone|
    man_bowing_tone4 man_bowing_medium_dark_skin_tone man_bowing_medium-dark_skin_tone
1F647-1F3FF-200D-2642-FE0F|8.0|man bowing: dark skin tone|man_bowing_tone5 man_bowing_dark_skin_tone
1F481|6.0|person tipping hand|person_tipping_hand information_desk_person
1F481-1F3FB|8.0|person tipping hand: light skin tone|
    person_tipping_hand_tone1 information_desk_person_tone1 person_tipping_hand_light_skin_tone
1F481-1F3FC|8.0|person tipping hand: medium-light skin tone|
    person_tipping_hand_tone2 information_desk_person_tone2 person_tipping_hand_medium-light_skin_tone
1F481-1F3FD|8.0|person tipping hand: medium skin tone|
    person_tipping_hand_tone3 information_desk_person_tone3 person_tipping_hand_medium_skin_tone
1F481-1F3FE|8.0|person tipping hand: medium-dark skin tone|
    person_tipping_hand_tone4 information_desk_person_tone4 person_tipping_hand_medium-dark_skin_tone
1F481-1F3FF|8.0|person tipping hand: dark skin tone|
    person_tipping_hand_tone5 information_desk_person_tone5 person_tipping_hand_dark_skin_tone
1F481-200D-2640-FE0F|6.0|woman tipping hand|woman_tipping_hand
1F481-1F3FB-200D-2640-FE0F|8.0|woman tipping hand: light skin tone|
    woman_tipping_hand_tone1 woman_tipping_hand_light_skin_tone
1F481-1F3FC-200D-2640-FE0F|8.0|woman tipping hand: medium-light skin tone|
    woman_tipping_hand_tone2 woman_tipping_hand_medium_light_skin_tone woman_tipping_hand_medium-light_skin_tone
1F481-1F3FD-200D-2640-FE0F|8.0|woman tipping hand: medium skin tone|
    woman_tipping_hand_tone3 woman_tipping_hand_medium_skin_tone
1F481-1F3FE-200D-2640-FE0F|8.0|woman tipping hand: medium-dark skin tone|
    woman_tipping_hand_tone4 woman_tipping_hand_medium_dark_skin_tone woman_tipping_hand_medium-dark_skin_tone
1F481-1F3FF-200D-2640-FE0F|8.0|woman tipping hand: dark skin tone|
    woman_tipping_hand_tone5 woman_tipping_hand_dark_skin_tone
1F481-200D-2642-FE0F|6.0|man tipping hand|man_tipping_hand
1F481-1F3FB-200D-2642-FE0F|8.0|man tipping hand: light skin tone|
    man_tipping_hand_tone1 man_tipping_hand_light_skin_tone
1F481-1F3FC-200D-2642-FE0F|8.0|man tipping hand: medium-light skin tone|
    man_tipping_hand_tone2 man_tipping_hand_medium_light_skin_tone man_tipping_hand_medium-light_skin_tone
1F481-1F3FD-200D-2642-FE0F|8.0|man tipping hand: medium skin tone|
    man_tipping_hand_tone3 man_tipping_hand_medium_skin_tone
1F481-1F3FE-200D-2642-FE0F|8.0|man tipping hand: medium-dark skin tone|
    man_tipping_hand_tone4 man_tipping_hand_medium_dark_skin_tone man_tipping_hand_medium-dark_skin_tone
1F481-1F3FF-200D-2642-FE0F|8.0|man tipping hand: dark skin tone|man_tipping_hand_tone5 man_tipping_hand_dark_skin_tone
1F645|6.0|person gesturing no|person_gesturing_no no_good
1F645-1F3FB|8.0|person gesturing no: light skin tone|
    person_gesturing_no_tone1 no_good_tone1 person_gesturing_no_light_skin_tone
1F645-1F3FC|8.0|person gesturing no: medium-light skin tone|
    person_gesturing_no_tone2 no_good_tone2 person_gesturing_no_medium-light_skin_tone
1F645-1F3FD|8.0|person gesturing no: medium skin tone|
    person_gesturing_no_tone3 no_good_tone3 person_gesturing_no_medium_skin_tone
1F645-1F3FE|8.0|person gesturing no: medium-dark skin tone|
    person_gesturing_no_tone4 no_good_tone4 person_gesturing_no_medium-dark_skin_tone
1F645-1F3FF|8.0|person gesturing no: dark skin tone|
    person_gesturing_no_tone5 no_good_tone5 person_gesturing_no_dark_skin_tone
1F645-200D-2640-FE0F|6.0|woman gesturing no|woman_gesturing_no
1F645-1F3FB-200D-2640-FE0F|8.0|woman gesturing no: light skin tone|
    woman_gesturing_no_tone1 woman_gesturing_no_light_skin_tone
1F645-1F3FC-200D-2640-FE0F|8.0|woman gesturing no: medium-light skin tone|
    woman_gesturing_no_tone2 woman_gesturing_no_medium_light_skin_tone woman_gesturing_no_medium-light_skin_tone
1F645-1F3FD-200D-2640-FE0F|8.0|woman gesturing no: medium skin tone|
    woman_gesturing_no_tone3 woman_gesturing_no_medium_skin_tone
1F645-1F3FE-200D-2640-FE0F|8.0|woman gesturing no: medium-dark skin tone|
    woman_gesturing_no_tone4 woman_gesturing_no_medium_dark_skin_tone woman_gesturing_no_medium-dark_skin_tone
1F645-1F3FF-200D-2640-FE0F|8.0|woman gesturing no: dark skin tone|
    woman_gesturing_no_tone5 woman_gesturing_no_dark_skin_tone
1F645-200D-2642-FE0F|6.0|man gesturing no|man_gesturing_no
1F645-1F3FB-200D-2642-FE0F|8.0|man gesturing no: light skin tone|
    man_gesturing_no_tone1 man_gesturing_no_light_skin_tone
1F645-1F3FC-200D-2642-FE0F|8.0|man gesturing no: medium-light skin tone|
    man_gesturing_no_tone2 man_gesturing_no_medium_light_skin_tone man_gesturing_no_medium-light_skin_tone
1F645-1F3FD-200D-2642-FE0F|8.0|man gesturing no: medium skin tone|
    man_gesturing_no_tone3 man_gesturing_no_medium_skin_tone
1F645-1F3FE-200D-2642-FE0F|8.0|man gesturing no: medium-dark skin tone|
    man_gesturing_no_tone4 man_gesturing_no_medium_dark_skin_tone man_gesturing_no_medium-dark_skin_tone
1F645-1F3FF-200D-2642-FE0F|8.0|man gesturing no: dark skin tone|man_gesturing_no_tone5 man_gesturing_no_dark_skin_tone
1F646|6.0|person gesturing ok|person_gesturing_ok ok_woman
1F646-1F3FB|8.0|person gesturing ok: light skin tone|
    person_gesturing_ok_tone1 ok_woman_tone1 person_gesturing_ok_light_skin_tone
1F646-1F3FC|8.0|person gesturing ok: medium-light skin tone|
    person_gesturing_ok_tone2 ok_woman_tone2 person_gesturing_ok_medium-light_skin_tone
1F646-1F3FD|8.0|person gesturing ok: medium skin tone|
    person_gesturing_ok_tone3 ok_woman_tone3 person_gesturing_ok_medium_skin_tone
1F646-1F3FE|8.0|person gesturing ok: medium-dark skin tone|
    person_gesturing_ok_tone4 ok_woman_tone4 person_gesturing_ok_medium-dark_skin_tone
1F646-1F3FF|8.0|person gesturing ok: dark skin tone|
    person_gesturing_ok_tone5 ok_woman_tone5 person_gesturing_ok_dark_skin_tone
1F646-200D-2640-FE0F|6.0|woman gesturing ok|woman_gesturing_ok
1F646-1F3FB-200D-2640-FE0F|8.0|woman gesturing ok: light skin tone|
    woman_gesturing_ok_tone1 woman_gesturing_ok_light_skin_tone
1F646-1F3FC-200D-2640-FE0F|8.0|woman gesturing ok: medium-light skin tone|
    woman_gesturing_ok_tone2 woman_gesturing_ok_medium_light_skin_tone woman_gesturing_ok_medium-light_skin_tone
1F646-1F3FD-200D-2640-FE0F|8.0|woman gesturing ok: medium skin tone|
    woman_gesturing_ok_tone3 woman_gesturing_ok_medium_skin_tone
1F646-1F3FE-200D-2640-FE0F|8.0|woman gesturing ok: medium-dark skin tone|
    woman_gesturing_ok_tone4 woman_gesturing_ok_medium_dark_skin_tone woman_gesturing_ok_medium-dark_skin_tone
1F646-1F3FF-200D-2640-FE0F|8.0|woman gesturing ok: dark skin tone|
    woman_gesturing_ok_tone5 woman_gesturing_ok_dark_skin_tone
1F646-200D-2642-FE0F|6.0|man gesturing ok|man_gesturing_ok
1F646-1F3FB-200D-2642-FE0F|8.0|man gesturing ok: light skin tone|
    man_gesturing_ok_tone1 man_gesturing_ok_light_skin_tone
1F646-1F3FC-200D-2642-FE0F|8.0|man gesturing ok: medium-light skin tone|
    man_gesturing_ok_tone2 man_gesturing_ok_medium_light_skin_tone man_gesturing_ok_medium-light_skin_tone
1F646-1F3FD-200D-2642-FE0F|8.0|man gesturing ok: medium skin tone|
    man_gesturing_ok_tone3 man_gesturing_ok_medium_skin_tone
1F646-1F3FE-200D-2642-FE0F|8.0|man gesturing ok: medium-dark skin tone|
    man_gesturing_ok_tone4 man_gesturing_ok_medium_dark_skin_tone man_gesturing_ok_medium-dark_skin_tone
1F646-1F3FF-200D-2642-FE0F|8.0|man gesturing ok: dark skin tone|man_gesturing_ok_tone5 man_gesturing_ok_dark_skin_tone
1F64B|6.0|person raising hand|person_raising_hand raising_hand
1F64B-1F3FB|8.0|person raising hand: light skin tone|
    person_raising_hand_tone1 raising_hand_tone1 person_raising_hand_light_skin_tone
1F64B-1F3FC|8.0|person raising hand: medium-light skin tone|
    person_raising_hand_tone2 raising_hand_tone2 person_raising_hand_medium-light_skin_tone
1F64B-1F3FD|8.0|person raising hand: medium skin tone|
    person_raising_hand_tone3 raising_hand_tone3 person_raising_hand_medium_skin_tone
1F64B-1F3FE|8.0|person raising hand: medium-dark skin tone|
    person_raising_hand_tone4 raising_hand_tone4 person_raising_hand_medium-dark_skin_tone
1F64B-1F3FF|8.0|person raising hand: dark skin tone|
    person_raising_hand_tone5 raising_hand_tone5 person_raising_hand_dark_skin_tone
1F64B-200D-2640-FE0F|6.0|woman raising hand|woman_raising_hand
1F64B-1F3FB-200D-2640-FE0F|8.0|woman raising hand: light skin tone|
    woman_raising_hand_tone1 woman_raising_hand_light_skin_tone
1F64B-1F3FC-200D-2640-FE0F|8.0|woman raising hand: medium-light skin tone|
    woman_raising_hand_tone2 woman_raising_hand_medium_light_skin_tone woman_raising_hand_medium-light_skin_tone
1F64B-1F3FD-200D-2640-FE0F|8.0|woman raising hand: medium skin tone|
    woman_raising_hand_tone3 woman_raising_hand_medium_skin_tone
1F64B-1F3FE-200D-2640-FE0F|8.0|woman raising hand: medium-dark skin tone|
    woman_raising_hand_tone4 woman_raising_hand_medium_dark_skin_tone woman_raising_hand_medium-dark_skin_tone
1F64B-1F3FF-200D-2640-FE0F|8.0|woman raising hand: dark skin tone|
    woman_raising_hand_tone5 woman_raising_hand_dark_skin_tone
1F64B-200D-2642-FE0F|6.0|man raising hand|man_raising_hand
1F64B-1F3FB-200D-2642-FE0F|8.0|man raising hand: light skin tone|
    man_raising_hand_tone1 man_raising_hand_light_skin_tone
1F64B-1F3FC-200D-2642-FE0F|8.0|man raising hand: medium-light skin tone|
    man_raising_hand_tone2 man_raising_hand_medium_light_skin_tone man_raising_hand_medium-light_skin_tone
1F64B-1F3FD-200D-2642-FE0F|8.0|man raising hand: medium skin tone|
    man_raising_hand_tone3 man_raising_hand_medium_skin_tone
1F64B-1F3FE-200D-2642-FE0F|8.0|man raising hand: medium-dark skin tone|
    man_raising_hand_tone4 man_raising_hand_medium_dark_skin_tone man_raising_hand_medium-dark_skin_tone
1F64B-1F3FF-200D-2642-FE0F|8.0|man raising hand: dark skin tone|man_raising_hand_tone5 man_raising_hand_dark_skin_tone
1F926|9.0|person facepalming|person_facepalming face_palm facepalm
1F926-1F3FB|9.0|person facepalming: light skin tone|
    person_facepalming_tone1 face_palm_tone1 facepalm_tone1 person_facepalming_light_skin_tone
1F926-1F3FC|9.0|person facepalming: medium-light skin tone|
    person_facepalming_tone2 face_palm_tone2 facepalm_tone2 person_facepalming_medium-light_skin_tone
1F926-1F3FD|9.0|person facepalming: medium skin tone|
    person_facepalming_tone3 face_palm_tone3 facepalm_tone3 person_facepalming_medium_skin_tone
1F926-1F3FE|9.0|person facepalming: medium-dark skin tone|
    person_facepalming_tone4 face_palm_tone4 facepalm_tone4 person_facepalming_medium-dark_skin_tone
1F926-1F3FF|9.0|person facepalming: dark skin tone|
    person_facepalming_tone5 face_palm_tone5 facepalm_tone5 person_facepalming_dark_skin_tone
1F926-200D-2640-FE0F|9.0|woman facepalming|woman_facepalming
1F926-1F3FB-200D-2640-FE0F|9.0|woman facepalming: light skin tone|
    woman_facepalming_tone1 woman_facepalming_light_skin_tone
1F926-1F3FC-200D-2640-FE0F|9.0|woman facepalming: medium-light skin tone|
    woman_facepalming_tone2 woman_facepalming_medium_light_skin_tone woman_facepalming_medium-light_skin_tone
1F926-1F3FD-200D-2640-FE0F|9.0|woman facepalming: medium skin tone|
    woman_facepalming_tone3 woman_facepalming_medium_skin_tone
1F926-1F3FE-200D-2640-FE0F|9.0|woman facepalming: medium-dark skin tone|
    woman_facepalming_tone4 woman_facepalming_medium_dark_skin_tone woman_facepalming_medium-dark_skin_tone
1F926-1F3FF-200D-2640-FE0F|9.0|woman facepalming: dark skin tone|
    woman_facepalming_tone5 woman_facepalming_dark_skin_tone
1F926-200D-2642-FE0F|9.0|man facepalming|man_facepalming
1F926-1F3FB-200D-2642-FE0F|9.0|man facepalming: light skin tone|man_facepalming_tone1 man_facepalming_light_skin_tone
1F926-1F3FC-200D-2642-FE0F|9.0|man facepalming: medium-light skin tone|
    man_facepalming_tone2 man_facepalming_medium_light_skin_tone man_facepalming_medium-light_skin_tone
1F926-1F3FD-200D-2642-FE0F|9.0|man facepalming: medium skin tone|
    man_facepalming_tone3 man_facepalming_medium_skin_tone
1F926-1F3FE-200D-2642-FE0F|9.0|man facepalming: medium-dark skin tone|
    man_facepalming_tone4 man_facepalming_medium_dark_skin_tone man_facepalming_medium-dark_skin_tone
1F926-1F3FF-200D-2642-FE0F|9.0|man facepalming: dark skin tone|man_facepalming_tone5 man_facepalming_dark_skin_tone
1F937|9.0|person shrugging|person_shrugging shrug
1F937-1F3FB|9.0|person shrugging: light skin tone|person_shrugging_tone1 shrug_tone1 person_shrugging_light_skin_tone
1F937-1F3FC|9.0|person shrugging: medium-light skin tone|
    person_shrugging_tone2 shrug_tone2 person_shrugging_medium-light_skin_tone
1F937-1F3FD|9.0|person shrugging: medium skin tone|
    person_shrugging_tone3 shrug_tone3 person_shrugging_medium_skin_tone
1F937-1F3FE|9.0|person shrugging: medium-dark skin tone|
    person_shrugging_tone4 shrug_tone4 person_shrugging_medium-dark_skin_tone
1F937-1F3FF|9.0|person shrugging: dark skin tone|person_shrugging_tone5 shrug_tone5 person_shrugging_dark_skin_tone
1F937-200D-2640-FE0F|9.0|woman shrugging|woman_shrugging
1F937-1F3FB-200D-2640-FE0F|9.0|woman shrugging: light skin tone|woman_shrugging_tone1 woman_shrugging_light_skin_tone
1F937-1F3FC-200D-2640-FE0F|9.0|woman shrugging: medium-light skin tone|
    woman_shrugging_tone2 woman_shrugging_medium_light_skin_tone woman_shrugging_medium-light_skin_tone
1F937-1F3FD-200D-2640-FE0F|9.0|woman shrugging: medium skin tone|
    woman_shrugging_tone3 woman_shrugging_medium_skin_tone
1F937-1F3FE-200D-2640-FE0F|9.0|woman shrugging: medium-dark skin tone|
    woman_shrugging_tone4 woman_shrugging_medium_dark_skin_tone woman_shrugging_medium-dark_skin_tone
1F937-1F3FF-200D-2640-FE0F|9.0|woman shrugging: dark skin tone|woman_shrugging_tone5 woman_shrugging_dark_skin_tone
1F937-200D-2642-FE0F|9.0|man shrugging|man_shrugging
1F937-1F3FB-200D-2642-FE0F|9.0|man shrugging: light skin tone|man_shrugging_tone1 man_shrugging_light_skin_tone
1F937-1F3FC-200D-2642-FE0F|9.0|man shrugging: medium-light skin tone|
    man_shrugging_tone2 man_shrugging_medium_light_skin_tone man_shrugging_medium-light_skin_tone
1F937-1F3FD-200D-2642-FE0F|9.0|man shrugging: medium skin tone|man_shrugging_tone3 man_shrugging_medium_skin_tone
1F937-1F3FE-200D-2642-FE0F|9.0|man shrugging: medium-dark skin tone|
    man_shrugging_tone4 man_shrugging_medium_dark_skin_tone man_shrugging_medium-dark_skin_tone
1F937-1F3FF-200D-2642-FE0F|9.0|man shrugging: dark skin tone|man_shrugging_tone5 man_shrugging_dark_skin_tone
1F64E|6.0|person pouting|person_pouting person_with_pouting_face
1F64E-1F3FB|8.0|person pouting: light skin tone|
    person_pouting_tone1 person_with_pouting_face_tone1 person_pouting_light_skin_tone
1F64E-1F3FC|8.0|person pouting: medium-light skin tone|
    person_pouting_tone2 person_with_pouting_face_tone2 person_pouting_medium-light_skin_tone
1F64E-1F3FD|8.0|person pouting: medium skin tone|
    person_pouting_tone3 person_with_pouting_face_tone3 person_pouting_medium_skin_tone
1F64E-1F3FE|8.0|person pouting: medium-dark skin tone|
    person_pouting_tone4 person_with_pouting_face_tone4 person_pouting_medium-dark_skin_tone
1F64E-1F3FF|8.0|person pouting: dark skin tone|
    person_pouting_tone5 person_with_pouting_face_tone5 person_pouting_dark_skin_tone
1F64E-200D-2640-FE0F|6.0|woman pouting|woman_pouting
1F64E-1F3FB-200D-2640-FE0F|8.0|woman pouting: light skin tone|woman_pouting_tone1 woman_pouting_light_skin_tone
1F64E-1F3FC-200D-2640-FE0F|8.0|woman pouting: medium-light skin tone|
    woman_pouting_tone2 woman_pouting_medium_light_skin_tone woman_pouting_medium-light_skin_tone
1F64E-1F3FD-200D-2640-FE0F|8.0|woman pouting: medium skin tone|woman_pouting_tone3 woman_pouting_medium_skin_tone
1F64E-1F3FE-200D-2640-FE0F|8.0|woman pouting: medium-dark skin tone|
    woman_pouting_tone4 woman_pouting_medium_dark_skin_tone woman_pouting_medium-dark_skin_tone
1F64E-1F3FF-200D-2640-FE0F|8.0|woman pouting: dark skin tone|woman_pouting_tone5 woman_pouting_dark_skin_tone
1F64E-200D-2642-FE0F|6.0|man pouting|man_pouting
1F64E-1F3FB-200D-2642-FE0F|8.0|man pouting: light skin tone|man_pouting_tone1 man_pouting_light_skin_tone
1F64E-1F3FC-200D-2642-FE0F|8.0|man pouting: medium-light skin tone|
    man_pouting_tone2 man_pouting_medium_light_skin_tone man_pouting_medium-light_skin_tone
1F64E-1F3FD-200D-2642-FE0F|8.0|man pouting: medium skin tone|man_pouting_tone3 man_pouting_medium_skin_tone
1F64E-1F3FE-200D-2642-FE0F|8.0|man pouting: medium-dark skin tone|
    man_pouting_tone4 man_pouting_medium_dark_skin_tone man_pouting_medium-dark_skin_tone
1F64E-1F3FF-200D-2642-FE0F|8.0|man pouting: dark skin tone|man_pouting_tone5 man_pouting_dark_skin_tone
1F64D|6.0|person frowning|person_frowning
1F64D-1F3FB|8.0|person frowning: light skin tone|person_frowning_tone1 person_frowning_light_skin_tone
1F64D-1F3FC|8.0|person frowning: medium-light skin tone|person_frowning_tone2 person_frowning_medium-light_skin_tone
1F64D-1F3FD|8.0|person frowning: medium skin tone|person_frowning_tone3 person_frowning_medium_skin_tone
1F64D-1F3FE|8.0|person frowning: medium-dark skin tone|person_frowning_tone4 person_frowning_medium-dark_skin_tone
1F64D-1F3FF|8.0|person frowning: dark skin tone|person_frowning_tone5 person_frowning_dark_skin_tone
1F64D-200D-2640-FE0F|6.0|woman frowning|woman_frowning
1F64D-1F3FB-200D-2640-FE0F|8.0|woman frowning: light skin tone|woman_frowning_tone1 woman_frowning_light_skin_tone
1F64D-1F3FC-200D-2640-FE0F|8.0|woman frowning: medium-light skin tone|
    woman_frowning_tone2 woman_frowning_medium_light_skin_tone woman_frowning_medium-light_skin_tone
1F64D-1F3FD-200D-2640-FE0F|8.0|woman frowning: medium skin tone|woman_frowning_tone3 woman_frowning_medium_skin_tone
1F64D-1F3FE-200D-2640-FE0F|8.0|woman frowning: medium-dark skin tone|
    woman_frowning_tone4 woman_frowning_medium_dark_skin_tone woman_frowning_medium-dark_skin_tone
1F64D-1F3FF-200D-2640-FE0F|8.0|woman frowning: dark skin tone|woman_frowning_tone5 woman_frowning_dark_skin_tone
1F64D-200D-2642-FE0F|6.0|man frowning|man_frowning
1F64D-1F3FB-200D-2642-FE0F|8.0|man frowning: light skin tone|man_frowning_tone1 man_frowning_light_skin_tone
1F64D-1F3FC-200D-2642-FE0F|8.0|man frowning: medium-light skin tone|
    man_frowning_tone2 man_frowning_medium_light_skin_tone man_frowning_medium-light_skin_tone
1F64D-1F3FD-200D-2642-FE0F|8.0|man frowning: medium skin tone|man_frowning_tone3 man_frowning_medium_skin_tone
1F64D-1F3FE-200D-2642-FE0F|8.0|man frowning: medium-dark skin tone|
    man_frowning_tone4 man_frowning_medium_dark_skin_tone man_frowning_medium-dark_skin_tone
1F64D-1F3FF-200D-2642-FE0F|8.0|man frowning: dark skin tone|man_frowning_tone5 man_frowning_dark_skin_tone
1F487|6.0|person getting haircut|person_getting_haircut haircut
1F487-1F3FB|8.0|person getting haircut: light skin tone|
    person_getting_haircut_tone1 haircut_tone1 person_getting_haircut_light_skin_tone
1F487-1F3FC|8.0|person getting haircut: medium-light skin tone|
    person_getting_haircut_tone2 haircut_tone2 person_getting_haircut_medium-light_skin_tone
1F487-1F3FD|8.0|person getting haircut: medium skin tone|
    person_getting_haircut_tone3 haircut_tone3 person_getting_haircut_medium_skin_tone
1F487-1F3FE|8.0|person getting haircut: medium-dark skin tone|
    person_getting_haircut_tone4 haircut_tone4 person_getting_haircut_medium-dark_skin_tone
1F487-1F3FF|8.0|person getting haircut: dark skin tone|
    person_getting_haircut_tone5 haircut_tone5 person_getting_haircut_dark_skin_tone
1F487-200D-2640-FE0F|6.0|woman getting haircut|woman_getting_haircut
1F487-1F3FB-200D-2640-FE0F|8.0|woman getting haircut: light skin tone|
    woman_getting_haircut_tone1 woman_getting_haircut_light_skin_tone
1F487-1F3FC-200D-2640-FE0F|8.0|woman getting haircut: medium-light skin tone|
    woman_getting_haircut_tone2 woman_getting_haircut_medium_light_skin_tone woman_getting_haircut_medium-
    light_skin_tone
1F487-1F3FD-200D-2640-FE0F|8.0|woman getting haircut: medium skin tone|
    woman_getting_haircut_tone3 woman_getting_haircut_medium_skin_tone
1F487-1F3FE-200D-2640-FE0F|8.0|woman getting haircut: medium-dark skin tone|
    woman_getting_haircut_tone4 woman_getting_haircut_medium_dark_skin_tone woman_getting_haircut_medium-
    dark_skin_tone
1F436|6.0|dog face|dog dog_face
1F431|6.0|cat face|cat cat_face
1F42D|6.0|mouse face|mouse mouse_face
1F439|6.0|hamster face|hamster hamster_face
1F430|6.0|rabbit face|rabbit rabbit_face
1F98A|9.0|fox face|fox fox_face
1F43B|6.0|bear face|bear bear_face
1F43C|6.0|panda face|panda_face
1F428|6.0|koala|koala
1F42F|6.0|tiger face|tiger tiger_face
1F981|8.0|lion face|lion_face lion
1F42E|6.0|cow face|cow cow_face
1F437|6.0|pig face|pig pig_face
1F43D|6.0|pig nose|pig_nose
1F438|6.0|frog face|frog frog_face
1F435|6.0|monkey face|monkey_face
1F648|6.0|see-no-evil monkey|see_no_evil see-no-evil_monkey
1F649|6.0|hear-no-evil monkey|hear_no_evil hear-no-evil_monkey
1F64A|6.0|speak-no-evil monkey|speak_no_evil speak-no-evil_monkey
1F412|6.0|monkey|monkey
1F414|6.0|chicken|chicken
1F427|6.0|penguin|penguin
1F426|6.0|bird|bird
1F424|6.0|baby chick|baby_chick
1F423|6.0|hatching chick|hatching_chick
1F425|6.0|front-facing baby chick|hatched_chick front-facing_baby_chick
1F986|9.0|duck|duck
1F985|9.0|eagle|eagle
1F989|9.0|owl|owl
1F987|9.0|bat|bat
1F43A|6.0|wolf face|wolf wolf_face
1F417|6.0|boar|boar
1F434|6.0|horse face|horse horse_face
1F984|8.0|unicorn face|unicorn unicorn_face
1F41D|6.0|honeybee|bee honeybee
1F41B|6.0|bug|bug
1F98B|9.0|butterfly|butterfly
1F40C|6.0|snail|snail
1F41A|6.0|spiral shell|shell spiral_shell
1F41E|6.0|lady beetle|beetle lady_beetle
1F41C|6.0|ant|ant
1F997|10.0|cricket|cricket
1F577|7.0|spider|spider
1F578|7.0|spider web|spider_web
1F982|8.0|scorpion|scorpion
1F422|6.0|turtle|turtle
1F40D|6.0|snake|snake
1F98E|9.0|lizard|lizard
1F996|10.0|t-rex|t_rex t-rex
1F995|10.0|sauropod|sauropod
1F419|6.0|octopus|octopus
1F991|9.0|squid|squid
1F990|9.0|shrimp|shrimp
1F980|8.0|crab|crab
1F421|6.0|blowfish|blowfish
1F420|6.0|tropical fish|tropical_fish
1F41F|6.0|fish|fish
1F42C|6.0|dolphin|dolphin
1F433|6.0|spouting whale|whale spouting_whale
1F40B|6.0|whale|whale2
1F988|9.0|shark|shark
1F40A|6.0|crocodile|crocodile
1F405|6.0|tiger|tiger2
1F406|6.0|leopard|leopard
1F993|10.0|zebra|zebra
1F98D|9.0|gorilla|gorilla
1F418|6.0|elephant|elephant
1F98F|9.0|rhinoceros|rhino rhinoceros
1F42A|6.0|camel|dromedary_camel
1F42B|6.0|two-hump camel|camel two-hump_camel
1F992|10.0|giraffe|giraffe
1F403|6.0|water buffalo|water_buffalo
1F402|6.0|ox|ox
1F404|6.0|cow|cow2
1F40E|6.0|horse|racehorse
1F416|6.0|pig|pig2
1F40F|6.0|ram|ram
1F411|6.0|ewe|sheep ewe
1F410|6.0|goat|goat
1F98C|9.0|deer|deer
1F415|6.0|dog|dog2
1F429|6.0|poodle|poodle
1F408|6.0|cat|cat2
1F413|6.0|rooster|rooster
1F983|8.0|turkey|turkey
1F54A|7.0|dove|dove dove_of_peace
1F407|6.0|rabbit|rabbit2
1F401|6.0|mouse|mouse2
1F400|6.0|rat|rat
1F43F|7.0|chipmunk|chipmunk
1F994|10.0|hedgehog|hedgehog
1F43E|6.0|paw prints|feet paw_prints
1F409|6.0|dragon|dragon
1F432|6.0|dragon face|dragon_face
1F335|6.0|cactus|cactus
1F384|6.0|christmas tree|christmas_tree
1F332|6.0|evergreen tree|evergreen_tree
1F333|6.0|deciduous tree|deciduous_tree
1F334|6.0|palm tree|palm_tree
1F331|6.0|seedling|seedling
1F33F|6.0|herb|herb
2618|4.1|shamrock|shamrock
1F340|6.0|four leaf clover|four_leaf_clover
1F38D|6.0|pine decoration|bamboo pine_decoration
1F38B|6.0|tanabata tree|tanabata_tree
1F343|6.0|leaf fluttering in wind|leaves leaf_fluttering_in_wind
1F342|6.0|fallen leaf|fallen_leaf
1F341|6.0|maple leaf|maple_leaf
1F344|6.0|mushroom|mushroom
1F33E|6.0|sheaf of rice|ear_of_rice sheaf_of_rice
1F490|6.0|bouquet|bouquet
1F337|6.0|tulip|tulip
1F339|6.0|rose|rose
1F940|9.0|wilted flower|wilted_rose wilted_flower
1F33A|6.0|hibiscus|hibiscus
1F338|6.0|cherry blossom|cherry_blossom
1F33C|6.0|blossom|blossom
1F33B|6.0|sunflower|sunflower
1F31E|6.0|sun with face|sun_with_face
1F31D|6.0|full moon face|full_moon_with_face full_moon_face
1F31B|6.0|first quarter moon face|first_quarter_moon_with_face first_quarter_moon_face
1F31C|6.0|last quarter moon face|last_quarter_moon_with_face last_quarter_moon_face
1F31A|6.0|new moon face|new_moon_with_face new_moon_face
1F315|6.0|full moon|full_moon
1F316|6.0|waning gibbous moon|waning_gibbous_moon
1F317|6.0|last quarter moon|last_quarter_moon
1F318|6.0|waning crescent moon|waning_crescent_moon
1F311|6.0|new moon|new_moon
1F312|6.0|waxing crescent moon|waxing_crescent_moon
1F313|6.0|first quarter moon|first_quarter_moon
1F314|6.0|waxing gibbous moon|waxing_gibbous_moon
1F319|6.0|crescent moon|crescent_moon
1F30E|6.0|globe showing americas|earth_americas globe_showing_americas
1F30D|6.0|globe showing europe-africa|earth_africa globe_showing_europe-africa
1F30F|6.0|globe showing asia-australia|earth_asia globe_showing_asia-australia
1F4AB|6.0|dizzy|dizzy
2B50|5.1|star|star
1F31F|6.0|glowing star|star2 glowing_star
2728|6.0|sparkles|sparkles
26A1|4.0|high voltage|zap high_voltage
2604|1.1|comet|comet
1F4A5|6.0|collision|boom collision
1F525|6.0|fire|fire flame
1F32A|7.0|tornado|cloud_tornado cloud_with_tornado tornado
1F308|6.0|rainbow|rainbow
2600|1.1|sun|sunny sun
1F324|7.0|sun behind small cloud|white_sun_small_cloud white_sun_with_small_cloud sun_behind_small_cloud
26C5|5.2|sun behind cloud|partly_sunny sun_behind_cloud
1F325|7.0|sun behind large cloud|white_sun_cloud white_sun_behind_cloud sun_behind_large_cloud
2601|1.1|cloud|cloud
1F326|7.0|sun behind rain cloud|white_sun_rain_cloud white_sun_behind_cloud_with_rain sun_behind_rain_cloud
1F327|7.0|cloud with rain|cloud_rain cloud_with_rain
26C8|5.2|cloud with lightning and rain|thunder_cloud_rain thunder_cloud_and_rain cloud_with_lightning_and_rain
1F329|7.0|cloud with lightning|cloud_lightning cloud_with_lightning
1F328|7.0|cloud with snow|cloud_snow cloud_with_snow
2744|1.1|snowflake|snowflake
2603|1.1|snowman|snowman2
26C4|5.2|snowman without snow|snowman snowman_without_snow
1F32C|7.0|wind face|wind_blowing_face wind_face
1F4A8|6.0|dashing away|dash dashing_away
1F4A7|6.0|droplet|droplet
1F4A6|6.0|sweat droplets|sweat_drops sweat_droplets
2614|4.0|umbrella with rain drops|umbrella umbrella_with_rain_drops
2602|1.1|umbrella|umbrella2
1F30A|6.0|water wave|ocean water_wave
1F34F|6.0|green apple|green_apple
1F34E|6.0|red apple|apple red_apple
1F350|6.0|pear|pear
1F34A|6.0|tangerine|tangerine
1F34B|6.0|lemon|lemon
1F34C|6.0|banana|banana
1F349|6.0|watermelon|watermelon
1F347|6.0|grapes|grapes
1F353|6.0|strawberry|strawberry
1F348|6.0|melon|melon
1F352|6.0|cherries|cherries
1F351|6.0|peach|peach
1F34D|6.0|pineapple|pineapple
1F965|10.0|coconut|coconut
1F95D|9.0|kiwi fruit|kiwi kiwifruit kiwi_fruit
1F345|6.0|tomato|tomato
1F346|6.0|eggplant|eggplant
1F951|9.0|avocado|avocado
1F966|10.0|broccoli|broccoli
1F952|9.0|cucumber|cucumber
1F336|7.0|hot pepper|hot_pepper
1F33D|6.0|ear of corn|corn ear_of_corn
1F955|9.0|carrot|carrot
1F954|9.0|potato|potato
1F360|6.0|roasted sweet potato|sweet_potato roasted_sweet_potato
1F950|9.0|croissant|croissant
1F35E|6.0|bread|bread
1F956|9.0|baguette bread|french_bread baguette_bread
1F968|10.0|pretzel|pretzel
1F9C0|8.0|cheese wedge|cheese cheese_wedge
1F95A|9.0|egg|egg
1F373|6.0|cooking|cooking
1F95E|9.0|pancakes|pancakes
1F953|9.0|bacon|bacon
1F969|10.0|cut of meat|cut_of_meat
1F357|6.0|poultry leg|poultry_leg
1F356|6.0|meat on bone|meat_on_bone
1F32D|8.0|hot dog|hotdog hot_dog
1F354|6.0|hamburger|hamburger
1F35F|6.0|french fries|fries french_fries
1F355|6.0|pizza|pizza
1F96A|10.0|sandwich|sandwich
1F959|9.0|stuffed flatbread|stuffed_flatbread stuffed_pita
1F32E|8.0|taco|taco
1F32F|8.0|burrito|burrito
1F957|9.0|green salad|salad green_salad
1F958|9.0|shallow pan of food|shallow_pan_of_food paella
1F96B|10.0|canned food|canned_food
1F35D|6.0|spaghetti|spaghetti
1F35C|6.0|steaming bowl|ramen steaming_bowl
1F372|6.0|pot of food|stew pot_of_food
1F35B|6.0|curry rice|curry curry_rice
1F363|6.0|sushi|sushi
1F371|6.0|bento box|bento bento_box
1F364|6.0|fried shrimp|fried_shrimp
1F359|6.0|rice ball|rice_ball
1F35A|6.0|cooked rice|rice cooked_rice
1F358|6.0|rice cracker|rice_cracker
1F365|6.0|fish cake with swirl|fish_cake fish_cake_with_swirl
1F960|10.0|fortune cookie|fortune_cookie
1F362|6.0|oden|oden
1F361|6.0|dango|dango
1F367|6.0|shaved ice|shaved_ice
1F368|6.0|ice cream|ice_cream
1F366|6.0|soft ice cream|icecream soft_ice_cream
1F967|10.0|pie|pie
1F370|6.0|shortcake|cake shortcake
1F382|6.0|birthday cake|birthday birthday_cake
1F36E|6.0|custard|custard pudding flan
1F36D|6.0|lollipop|lollipop
1F36C|6.0|candy|candy
1F36B|6.0|chocolate bar|chocolate_bar
1F37F|8.0|popcorn|popcorn
1F369|6.0|doughnut|doughnut
1F95F|10.0|dumpling|dumpling
1F36A|6.0|cookie|cookie
1F330|6.0|chestnut|chestnut
1F95C|9.0|peanuts|peanuts shelled_peanut
1F36F|6.0|honey pot|honey_pot
1F95B|9.0|glass of milk|milk glass_of_milk
1F37C|6.0|baby bottle|baby_bottle
2615|4.0|hot beverage|coffee hot_beverage
1F375|6.0|teacup without handle|tea teacup_without_handle
1F964|10.0|cup with straw|cup_with_straw
1F376|6.0|sake|sake
1F37A|6.0|beer mug|beer beer_mug
1F37B|6.0|clinking beer mugs|beers clinking_beer_mugs
1F942|9.0|clinking glasses|champagne_glass clinking_glass clinking_glasses
1F377|6.0|wine glass|wine_glass
1F943|9.0|tumbler glass|tumbler_glass whisky
1F378|6.0|cocktail glass|cocktail cocktail_glass
1F379|6.0|tropical drink|tropical_drink
1F37E|8.0|bottle with popping cork|champagne bottle_with_popping_cork
1F944|9.0|spoon|spoon
1F374|6.0|fork and knife|fork_and_knife
1F37D|7.0|fork and knife with plate|fork_knife_plate fork_and_knife_with_plate
1F963|10.0|bowl with spoon|bowl_with_spoon
1F961|10.0|takeout box|takeout_box
1F962|10.0|chopsticks|chopsticks
26BD|5.2|soccer ball|soccer soccer_ball
1F3C0|6.0|basketball|basketball
1F3C8|6.0|american football|football american_football
26BE|5.2|baseball|baseball
1F3BE|6.0|tennis|tennis
1F3D0|8.0|volleyball|volleyball
1F3C9|6.0|rugby football|rugby_football
1F3B1|6.0|pool 8 ball|8ball pool_8_ball
1F3D3|8.0|ping pong|ping_pong table_tennis
1F3F8|8.0|badminton|badminton
1F945|9.0|goal net|goal goal_net
1F3D2|8.0|ice hockey|hockey ice_hockey
1F3D1|8.0|field hockey|field_hockey
1F3CF|8.0|cricket game|cricket_game cricket_bat_ball
26F3|5.2|flag in hole|golf flag_in_hole
1F3F9|8.0|bow and arrow|bow_and_arrow archery
1F3A3|6.0|fishing pole|fishing_pole_and_fish fishing_pole
1F94A|9.0|boxing glove|boxing_glove boxing_gloves
1F94B|9.0|martial arts uniform|martial_arts_uniform karate_uniform
1F3BD|6.0|running shirt|running_shirt_with_sash running_shirt
26F8|5.2|ice skate|ice_skate
1F94C|10.0|curling stone|curling_stone
1F6F7|10.0|sled|sled
1F3BF|6.0|skis|ski skis
26F7|5.2|skier|skier
1F3C2|6.0|snowboarder|snowboarder
1F3C2-1F3FB|8.0|snowboarder: light skin tone|snowboarder_tone1 snowboarder_light_skin_tone
1F3C2-1F3FC|8.0|snowboarder: medium-light skin tone|
    snowboarder_tone2 snowboarder_medium_light_skin_tone snowboarder_medium-light_skin_tone
1F3C2-1F3FD|8.0|snowboarder: medium skin tone|snowboarder_tone3 snowboarder_medium_skin_tone
1F3C2-1F3FE|8.0|snowboarder: medium-dark skin tone|
    snowboarder_tone4 snowboarder_medium_dark_skin_tone snowboarder_medium-dark_skin_tone
1F3C2-1F3FF|8.0|snowboarder: dark skin tone|snowboarder_tone5 snowboarder_dark_skin_tone
1F3CB|7.0|person lifting weights|person_lifting_weights lifter weight_lifter
1F3CB-1F3FB|8.0|person lifting weights: light skin tone|
    person_lifting_weights_tone1 lifter_tone1 weight_lifter_tone1 person_lifting_weights_light_skin_tone
1F3CB-1F3FC|8.0|person lifting weights: medium-light skin tone|
    person_lifting_weights_tone2 lifter_tone2 weight_lifter_tone2 person_lifting_weights_medium-light_skin_tone
1F3CB-1F3FD|8.0|person lifting weights: medium skin tone|
    person_lifting_weights_tone3 lifter_tone3 weight_lifter_tone3 person_lifting_weights_medium_skin_tone
1F3CB-1F3FE|8.0|person lifting weights: medium-dark skin tone|
    person_lifting_weights_tone4 lifter_tone4 weight_lifter_tone4 person_lifting_weights_medium-dark_skin_tone
1F3CB-1F3FF|8.0|person lifting weights: dark skin tone|
    person_lifting_weights_tone5 lifter_tone5 weight_lifter_tone5 person_lifting_weights_dark_skin_tone
1F3CB-FE0F-200D-2640-FE0F|7.0|woman lifting weights|woman_lifting_weights
1F3CB-1F3FB-200D-2640-FE0F|8.0|woman lifting weights: light skin tone|
    woman_lifting_weights_tone1 woman_lifting_weights_light_skin_tone
1F3CB-1F3FC-200D-2640-FE0F|8.0|woman lifting weights: medium-light skin tone|
    woman_lifting_weights_tone2 woman_lifting_weights_medium_light_skin_tone woman_lifting_weights_medium-
    light_skin_tone
1F3CB-1F3FD-200D-2640-FE0F|8.0|woman lifting weights: medium skin tone|
    woman_lifting_weights_tone3 woman_lifting_weights_medium_skin_tone
1F3CB-1F3FE-200D-2640-FE0F|8.0|woman lifting weights: medium-dark skin tone|
    woman_lifting_weights_tone4 woman_lifting_weights_medium_dark_skin_tone woman_lifting_weights_medium-
    dark_skin_tone
1F3CB-1F3FF-200D-2640-FE0F|8.0|woman lifting weights: dark skin tone|
    woman_lifting_weights_tone5 woman_lifting_weights_dark_skin_tone
1F3CB-FE0F-200D-2642-FE0F|7.0|man lifting weights|man_lifting_weights
1F3CB-1F3FB-200D-2642-FE0F|8.0|man lifting weights: light skin tone|
    man_lifting_weights_tone1 man_lifting_weights_light_skin_tone
1F3CB-1F3FC-200D-2642-FE0F|8.0|man lifting weights: medium-light skin tone|
    man_lifting_weights_tone2 man_lifting_weights_medium_light_skin_tone man_lifting_weights_medium-
    light_skin_tone
1F3CB-1F3FD-200D-2642-FE0F|8.0|man lifting weights: medium skin tone|
    man_lifting_weights_tone3 man_lifting_weights_medium_skin_tone
1F3CB-1F3FE-200D-2642-FE0F|8.0|man lifting weights: medium-dark skin tone|
    man_lifting_weights_tone4 man_lifting_weights_medium_dark_skin_tone man_lifting_weights_medium-dark_skin_tone
1F3CB-1F3FF-200D-2642-FE0F|8.0|man lifting weights: dark skin tone|
    man_lifting_weights_tone5 man_lifting_weights_dark_skin_tone
1F93C|9.0|people wrestling|people_wrestling wrestlers wrestling
1F93C-200D-2640-FE0F|9.0|women wrestling|women_wrestling
1F93C-200D-2642-FE0F|9.0|men wrestling|men_wrestling
1F938|9.0|person cartwheeling|person_doing_cartwheel cartwheel person_cartwheeling
1F938-1F3FB|9.0|person cartwheeling: light skin tone|
    person_doing_cartwheel_tone1 cartwheel_tone1 person_cartwheeling_light_skin_tone
1F938-1F3FC|9.0|person cartwheeling: medium-light skin tone|
    person_doing_cartwheel_tone2 cartwheel_tone2 person_cartwheeling_medium-light_skin_tone
1F938-1F3FD|9.0|person cartwheeling: medium skin tone|
    person_doing_cartwheel_tone3 cartwheel_tone3 person_cartwheeling_medium_skin_tone
1F938-1F3FE|9.0|person cartwheeling: medium-dark skin tone|
    person_doing_cartwheel_tone4 cartwheel_tone4 person_cartwheeling_medium-dark_skin_tone
1F938-1F3FF|9.0|person cartwheeling: dark skin tone|
    person_doing_cartwheel_tone5 cartwheel_tone5 person_cartwheeling_dark_skin_tone
1F938-200D-2640-FE0F|9.0|woman cartwheeling|woman_cartwheeling
1F938-1F3FB-200D-2640-FE0F|9.0|woman cartwheeling: light skin tone|
    woman_cartwheeling_tone1 woman_cartwheeling_light_skin_tone
1F938-1F3FC-200D-2640-FE0F|9.0|woman cartwheeling: medium-light skin tone|
    woman_cartwheeling_tone2 woman_cartwheeling_medium_light_skin_tone woman_cartwheeling_medium-light_skin_tone
1F938-1F3FD-200D-2640-FE0F|9.0|woman cartwheeling: medium skin tone|
    woman_cartwheeling_tone3 woman_cartwheeling_medium_skin_tone
1F938-1F3FE-200D-2640-FE0F|9.0|woman cartwheeling: medium-dark skin tone|
    woman_cartwheeling_tone4 woman_cartwheeling_medium_dark_skin_tone woman_cartwheeling_medium-dark_skin_tone
1F938-1F3FF-200D-2640-FE0F|9.0|woman cartwheeling: dark skin tone|
    woman_cartwheeling_tone5 woman_cartwheeling_dark_skin_tone
1F938-200D-2642-FE0F|9.0|man cartwheeling|man_cartwheeling
1F938-1F3FB-200D-2642-FE0F|9.0|man cartwheeling: light skin tone|
    man_cartwheeling_tone1 man_cartwheeling_light_skin_tone
1F938-1F3FC-200D-2642-FE0F|9.0|man cartwheeling: medium-light skin tone|
    man_cartwheeling_tone2 man_cartwheeling_medium_light_skin_tone man_cartwheeling_medium-light_skin_tone
1F938-1F3FD-200D-2642-FE0F|9.0|man cartwheeling: medium skin tone|
    man_cartwheeling_tone3 man_cartwheeling_medium_skin_tone
1F938-1F3FE-200D-2642-FE0F|9.0|man cartwheeling: medium-dark skin tone|
    man_cartwheeling_tone4 man_cartwheeling_medium_dark_skin_tone man_cartwheeling_medium-dark_skin_tone
1F938-1F3FF-200D-2642-FE0F|9.0|man cartwheeling: dark skin tone|man_cartwheeling_tone5 man_cartwheeling_dark_skin_tone
26F9|5.2|person bouncing ball|person_bouncing_ball basketball_player person_with_ball
26F9-1F3FB|8.0|person bouncing ball: light skin tone|
    person_bouncing_ball_tone1 basketball_player_tone1 person_with_ball_tone1 person_bouncing_ball_light_skin_tone
26F9-1F3FC|8.0|person bouncing ball: medium-light skin tone|
    person_bouncing_ball_tone2 basketball_player_tone2 person_with_ball_tone2 person_bouncing_ball_medium-
    light_skin_tone
26F9-1F3FD|8.0|person bouncing ball: medium skin tone|
    person_bouncing_ball_tone3 basketball_player_tone3 person_with_ball_tone3
    person_bouncing_ball_medium_skin_tone
26F9-1F3FE|8.0|person bouncing ball: medium-dark skin tone|
    person_bouncing_ball_tone4 basketball_player_tone4 person_with_ball_tone4 person_bouncing_ball_medium-
    dark_skin_tone
26F9-1F3FF|8.0|person bouncing ball: dark skin tone|
    person_bouncing_ball_tone5 basketball_player_tone5 person_with_ball_tone5 person_bouncing_ball_dark_skin_tone
26F9-FE0F-200D-2640-FE0F|5.2|woman bouncing ball|woman_bouncing_ball
26F9-1F3FB-200D-2640-FE0F|8.0|woman bouncing ball: light skin tone|
    woman_bouncing_ball_tone1 woman_bouncing_ball_light_skin_tone
26F9-1F3FC-200D-2640-FE0F|8.0|woman bouncing ball: medium-light skin tone|
    woman_bouncing_ball_tone2 woman_bouncing_ball_medium_light_skin_tone woman_bouncing_ball_medium-
    light_skin_tone
26F9-1F3FD-200D-2640-FE0F|8.0|woman bouncing ball: medium skin tone|
    woman_bouncing_ball_tone3 woman_bouncing_ball_medium_skin_tone
26F9-1F3FE-200D-2640-FE0F|8.0|woman bouncing ball: medium-dark skin tone|
    woman_bouncing_ball_tone4 woman_bouncing_ball_medium_dark_skin_tone woman_bouncing_ball_medium-dark_skin_tone
26F9-1F3FF-200D-2640-FE0F|8.0|woman bouncing ball: dark skin tone|
    woman_bouncing_ball_tone5 woman_bouncing_ball_dark_skin_tone
26F9-FE0F-200D-2642-FE0F|5.2|man bouncing ball|man_bouncing_ball
26F9-1F3FB-200D-2642-FE0F|8.0|man bouncing ball: light skin tone|
    man_bouncing_ball_tone1 man_bouncing_ball_light_skin_tone
26F9-1F3FC-200D-2642-FE0F|8.0|man bouncing ball: medium-light skin tone|
    man_bouncing_ball_tone2 man_bouncing_ball_medium_light_skin_tone man_bouncing_ball_medium-light_skin_tone
26F9-1F3FD-200D-2642-FE0F|8.0|man bouncing ball: medium skin tone|
    man_bouncing_ball_tone3 man_bouncing_ball_medium_skin_tone
26F9-1F3FE-200D-2642-FE0F|8.0|man bouncing ball: medium-dark skin tone|
    man_bouncing_ball_tone4 man_bouncing_ball_medium_dark_skin_tone man_bouncing_ball_medium-dark_skin_tone
26F9-1F3FF-200D-2642-FE0F|8.0|man bouncing ball: dark skin tone|
    man_bouncing_ball_tone5 man_bouncing_ball_dark_skin_tone
1F93A|9.0|person fencing|person_fencing fencer fencing
1F93E|9.0|person playing handball|person_playing_handball handball
1F93E-1F3FB|9.0|person playing handball: light skin tone|
    person_playing_handball_tone1 handball_tone1 person_playing_handball_light_skin_tone
1F93E-1F3FC|9.0|person playing handball: medium-light skin tone|
    person_playing_handball_tone2 handball_tone2 person_playing_handball_medium-light_skin_tone
1F93E-1F3FD|9.0|person playing handball: medium skin tone|
    person_playing_handball_tone3 handball_tone3 person_playing_handball_medium_skin_tone
1F93E-1F3FE|9.0|person playing handball: medium-dark skin tone|
    person_playing_handball_tone4 handball_tone4 person_playing_handball_medium-dark_skin_tone
1F93E-1F3FF|9.0|person playing handball: dark skin tone|
    person_playing_handball_tone5 handball_tone5 person_playing_handball_dark_skin_tone
1F93E-200D-2640-FE0F|9.0|woman playing handball|woman_playing_handball
1F93E-1F3FB-200D-2640-FE0F|9.0|woman playing handball: light skin tone|
    woman_playing_handball_tone1 woman_playing_handball_light_skin_tone
1F93E-1F3FC-200D-2640-FE0F|9.0|woman playing handball: medium-light skin tone|
    woman_playing_handball_tone2 woman_playing_handball_medium_light_skin_tone woman_playing_handball_medium-
    light_skin_tone
1F93E-1F3FD-200D-2640-FE0F|9.0|woman playing handball: medium skin tone|
    woman_playing_handball_tone3 woman_playing_handball_medium_skin_tone
1F93E-1F3FE-200D-2640-FE0F|9.0|woman playing handball: medium-dark skin tone|
    woman_playing_handball_tone4 woman_playing_handball_medium_dark_skin_tone woman_playing_handball_medium-
    dark_skin_tone
1F93E-1F3FF-200D-2640-FE0F|9.0|woman playing handball: dark skin tone|
    woman_playing_handball_tone5 woman_playing_handball_dark_skin_tone
1F93E-200D-2642-FE0F|9.0|man playing handball|man_playing_handball
1F93E-1F3FB-200D-2642-FE0F|9.0|man playing handball: light skin tone|
    man_playing_handball_tone1 man_playing_handball_light_skin_tone
1F93E-1F3FC-200D-2642-FE0F|9.0|man playing handball: medium-light skin tone|
    man_playing_handball_tone2 man_playing_handball_medium_light_skin_tone man_playing_handball_medium-
    light_skin_tone
1F93E-1F3FD-200D-2642-FE0F|9.0|man playing handball: medium skin tone|
    man_playing_handball_tone3 man_playing_handball_medium_skin_tone
1F93E-1F3FE-200D-2642-FE0F|9.0|man playing handball: medium-dark skin tone|
    man_playing_handball_tone4 man_playing_handball_medium_dark_skin_tone man_playing_handball_medium-
    dark_skin_tone
1F93E-1F3FF-200D-2642-FE0F|9.0|man playing handball: dark skin tone|
    man_playing_handball_tone5 man_playing_handball_dark_skin_tone
1F3CC|7.0|person golfing|person_golfing golfer
1F3CC-1F3FB|8.0|person golfing: light skin tone|person_golfing_tone1 person_golfing_light_skin_tone
1F3CC-1F3FC|8.0|person golfing: medium-light skin tone|
    person_golfing_tone2 person_golfing_medium_light_skin_tone person_golfing_medium-light_skin_tone
1F3CC-1F3FD|8.0|person golfing: medium skin tone|person_golfing_tone3 person_golfing_medium_skin_tone
1F3CC-1F3FE|8.0|person golfing: medium-dark skin tone|
    person_golfing_tone4 person_golfing_medium_dark_skin_tone person_golfing_medium-dark_skin_tone
1F3CC-1F3FF|8.0|person golfing: dark skin tone|person_golfing_tone5 person_golfing_dark_skin_tone
1F3CC-FE0F-200D-2640-FE0F|7.0|woman golfing|woman_golfing
1F3CC-1F3FB-200D-2640-FE0F|8.0|woman golfing: light skin tone|woman_golfing_tone1 woman_golfing_light_skin_tone
1F3CC-1F3FC-200D-2640-FE0F|8.0|woman golfing: medium-light skin tone|
    woman_golfing_tone2 woman_golfing_medium_light_skin_tone woman_golfing_medium-light_skin_tone
1F3CC-1F3FD-200D-2640-FE0F|8.0|woman golfing: medium skin tone|woman_golfing_tone3 woman_golfing_medium_skin_tone
1F3CC-1F3FE-200D-2640-FE0F|8.0|woman golfing: medium-dark skin tone|
    woman_golfing_tone4 woman_golfing_medium_dark_skin_tone woman_golfing_medium-dark_skin_tone
1F3CC-1F3FF-200D-2640-FE0F|8.0|woman golfing: dark skin tone|woman_golfing_tone5 woman_golfing_dark_skin_tone
1F3CC-FE0F-200D-2642-FE0F|7.0|man golfing|man_golfing
1F3CC-1F3FB-200D-2642-FE0F|8.0|man golfing: light skin tone|man_golfing_tone1 man_golfing_light_skin_tone
1F3CC-1F3FC-200D-2642-FE0F|8.0|man golfing: medium-light skin tone|
    man_golfing_tone2 man_golfing_medium_light_skin_tone man_golfing_medium-light_skin_tone
1F3CC-1F3FD-200D-2642-FE0F|8.0|man golfing: medium skin tone|man_golfing_tone3 man_golfing_medium_skin_tone
1F3CC-1F3FE-200D-2642-FE0F|8.0|man golfing: medium-dark skin tone|
    man_golfing_tone4 man_golfing_medium_dark_skin_tone man_golfing_medium-dark_skin_tone
1F3CC-1F3FF-200D-2642-FE0F|8.0|man golfing: dark skin tone|man_golfing_tone5 man_golfing_dark_skin_tone
1F3C7|6.0|horse racing|horse_racing
1F3C7-1F3FB|8.0|horse racing: light skin tone|horse_racing_tone1 horse_racing_light_skin_tone
1F3C7-1F3FC|8.0|horse racing: medium-light skin tone|horse_racing_tone2 horse_racing_medium-light_skin_tone
1F3C7-1F3FD|8.0|horse racing: medium skin tone|horse_racing_tone3 horse_racing_medium_skin_tone
1F3C7-1F3FE|8.0|horse racing: medium-dark skin tone|horse_racing_tone4 horse_racing_medium-dark_skin_tone
1F3C7-1F3FF|8.0|horse racing: dark skin tone|horse_racing_tone5 horse_racing_dark_skin_tone
1F9D8|10.0|person in lotus position|person_in_lotus_position
1F9D8-1F3FB|10.0|person in lotus position: light skin tone|
    person_in_lotus_position_tone1 person_in_lotus_position_light_skin_tone
1F9D8-1F3FC|10.0|person in lotus position: medium-light skin tone|
    person_in_lotus_position_tone2 person_in_lotus_position_medium_light_skin_tone
    person_in_lotus_position_medium-light_skin_tone
1F9D8-1F3FD|10.0|person in lotus position: medium skin tone|
    person_in_lotus_position_tone3 person_in_lotus_position_medium_skin_tone
1F9D8-1F3FE|10.0|person in lotus position: medium-dark skin tone|
    person_in_lotus_position_tone4 person_in_lotus_position_medium_dark_skin_tone person_in_lotus_position_medium-
    dark_skin_tone
1F9D8-1F3FF|10.0|person in lotus position: dark skin tone|
    person_in_lotus_position_tone5 person_in_lotus_position_dark_skin_tone
1F9D8-200D-2640-FE0F|10.0|woman in lotus position|woman_in_lotus_position
1F9D8-1F3FB-200D-2640-FE0F|10.0|woman in lotus position: light skin tone|
    woman_in_lotus_position_tone1 woman_in_lotus_position_light_skin_tone
1F9D8-1F3FC-200D-2640-FE0F|10.0|woman in lotus position: medium-light skin tone|
    woman_in_lotus_position_tone2 woman_in_lotus_position_medium_light_skin_tone woman_in_lotus_position_medium-
    light_skin_tone
1F9D8-1F3FD-200D-2640-FE0F|10.0|woman in lotus position: medium skin tone|
    woman_in_lotus_position_tone3 woman_in_lotus_position_medium_skin_tone
1F9D8-1F3FE-200D-2640-FE0F|10.0|woman in lotus position: medium-dark skin tone|
    woman_in_lotus_position_tone4 woman_in_lotus_position_medium_dark_skin_tone woman_in_lotus_position_medium-
    dark_skin_tone
1F9D8-1F3FF-200D-2640-FE0F|10.0|woman in lotus position: dark skin tone|
    woman_in_lotus_position_tone5 woman_in_lotus_position_dark_skin_tone
1F9D8-200D-2642-FE0F|10.0|man in lotus position|man_in_lotus_position
1F9D8-1F3FB-200D-2642-FE0F|10.0|man in lotus position: light skin tone|
    man_in_lotus_position_tone1 man_in_lotus_position_light_skin_tone
1F9D8-1F3FC-200D-2642-FE0F|10.0|man in lotus position: medium-light skin tone|
    man_in_lotus_position_tone2 man_in_lotus_position_medium_light_skin_tone man_in_lotus_position_medium-
    light_skin_tone
1F9D8-1F3FD-200D-2642-FE0F|10.0|man in lotus position: medium skin tone|
    man_in_lotus_position_tone3 man_in_lotus_position_medium_skin_tone
1F9D8-1F3FE-200D-2642-FE0F|10.0|man in lotus position: medium-dark skin tone|
    man_in_lotus_position_tone4 man_in_lotus_position_medium_dark_skin_tone man_in_lotus_position_medium-
    dark_skin_tone
1F9D8-1F3FF-200D-2642-FE0F|10.0|man in lotus position: dark skin tone|
    man_in_lotus_position_tone5 man_in_lotus_position_dark_skin_tone
1F3C4|6.0|person surfing|person_surfing surfer
1F3C4-1F3FB|8.0|person surfing: light skin tone|person_surfing_tone1 surfer_tone1 person_surfing_light_skin_tone
1F3C4-1F3FC|8.0|person surfing: medium-light skin tone|
    person_surfing_tone2 surfer_tone2 person_surfing_medium-light_skin_tone
1F3C4-1F3FD|8.0|person surfing: medium skin tone|person_surfing_tone3 surfer_tone3 person_surfing_medium_skin_tone
1F3C4-1F3FE|8.0|person surfing: medium-dark skin tone|
    person_surfing_tone4 surfer_tone4 person_surfing_medium-dark_skin_tone
1F3C4-1F3FF|8.0|person surfing: dark skin tone|person_surfing_tone5 surfer_tone5 person_surfing_dark_skin_tone
1F3C4-200D-2640-FE0F|6.0|woman surfing|woman_surfing
1F3C4-1F3FB-200D-2640-FE0F|8.0|woman surfing: light skin tone|woman_surfing_tone1 woman_surfing_light_skin_tone
1F3C4-1F3FC-200D-2640-FE0F|8.0|woman surfing: medium-light skin tone|
    woman_surfing_tone2 woman_surfing_medium_light_skin_tone woman_surfing_medium-light_skin_tone
1F3C4-1F3FD-200D-2640-FE0F|8.0|woman surfing: medium skin tone|woman_surfing_tone3 woman_surfing_medium_skin_tone
1F3C4-1F3FE-200D-2640-FE0F|8.0|woman surfing: medium-dark skin tone|
    woman_surfing_tone4 woman_surfing_medium_dark_skin_tone woman_surfing_medium-dark_skin_tone
1F3C4-1F3FF-200D-2640-FE0F|8.0|woman surfing: dark skin tone|woman_surfing_tone5 woman_surfing_dark_skin_tone
1F3C4-200D-2642-FE0F|6.0|man surfing|man_surfing
1F3C4-1F3FB-200D-2642-FE0F|8.0|man surfing: light skin tone|man_surfing_tone1 man_surfing_light_skin_tone
1F3C4-1F3FC-200D-2642-FE0F|8.0|man surfing: medium-light skin tone|
    man_surfing_tone2 man_surfing_medium_light_skin_tone man_surfing_medium-light_skin_tone
1F3C4-1F3FD-200D-2642-FE0F|8.0|man surfing: medium skin tone|man_surfing_tone3 man_surfing_medium_skin_tone
1F3C4-1F3FE-200D-2642-FE0F|8.0|man surfing: medium-dark skin tone|
    man_surfing_tone4 man_surfing_medium_dark_skin_tone man_surfing_medium-dark_skin_tone
1F3C4-1F3FF-200D-2642-FE0F|8.0|man surfing: dark skin tone|man_surfing_tone5 man_surfing_dark_skin_tone
1F3CA|6.0|person swimming|person_swimming swimmer
1F3CA-1F3FB|8.0|person swimming: light skin tone|person_swimming_tone1 swimmer_tone1 person_swimming_light_skin_tone
1F3CA-1F3FC|8.0|person swimming: medium-light skin tone|
    person_swimming_tone2 swimmer_tone2 person_swimming_medium-light_skin_tone
1F3CA-1F3FD|8.0|person swimming: medium skin tone|person_swimming_tone3 swimmer_tone3 person_swimming_medium_skin_tone
1F3CA-1F3FE|8.0|person swimming: medium-dark skin tone|
    person_swimming_tone4 swimmer_tone4 person_swimming_medium-dark_skin_tone
1F3CA-1F3FF|8.0|person swimming: dark skin tone|person_swimming_tone5 swimmer_tone5 person_swimming_dark_skin_tone
1F3CA-200D-2640-FE0F|6.0|woman swimming|woman_swimming
1F3CA-1F3FB-200D-2640-FE0F|8.0|woman swimming: light skin tone|woman_swimming_tone1 woman_swimming_light_skin_tone
1F3CA-1F3FC-200D-2640-FE0F|8.0|woman swimming: medium-light skin tone|
    woman_swimming_tone2 woman_swimming_medium_light_skin_tone woman_swimming_medium-light_skin_tone
1F3CA-1F3FD-200D-2640-FE0F|8.0|woman swimming: medium skin tone|woman_swimming_tone3 woman_swimming_medium_skin_tone
1F3CA-1F3FE-200D-2640-FE0F|8.0|woman swimming: medium-dark skin tone|
    woman_swimming_tone4 woman_swimming_medium_dark_skin_tone woman_swimming_medium-dark_skin_tone
1F3CA-1F3FF-200D-2640-FE0F|8.0|woman swimming: dark skin tone|woman_swimming_tone5 woman_swimming_dark_skin_tone
1F3CA-200D-2642-FE0F|6.0|man swimming|man_swimming
1F3CA-1F3FB-200D-2642-FE0F|8.0|man swimming: light skin tone|man_swimming_tone1 man_swimming_light_skin_tone
1F3CA-1F3FC-200D-2642-FE0F|8.0|man swimming: medium-light skin tone|
    man_swimming_tone2 man_swimming_medium_light_skin_tone man_swimming_medium-light_skin_tone
1F3CA-1F3FD-200D-2642-FE0F|8.0|man swimming: medium skin tone|man_swimming_tone3 man_swimming_medium_skin_tone
1F3CA-1F3FE-200D-2642-FE0F|8.0|man swimming: medium-dark skin tone|
    man_swimming_tone4 man_swimming_medium_dark_skin_tone man_swimming_medium-dark_skin_tone
1F3CA-1F3FF-200D-2642-FE0F|8.0|man swimming: dark skin tone|man_swimming_tone5 man_swimming_dark_skin_tone
1F93D|9.0|person playing water polo|person_playing_water_polo water_polo
1F93D-1F3FB|9.0|person playing water polo: light skin tone|
    person_playing_water_polo_tone1 water_polo_tone1 person_playing_water_polo_light_skin_tone
1F93D-1F3FC|9.0|person playing water polo: medium-light skin tone|
    person_playing_water_polo_tone2 water_polo_tone2 person_playing_water_polo_medium-light_skin_tone
1F93D-1F3FD|9.0|person playing water polo: medium skin tone|
    person_playing_water_polo_tone3 water_polo_tone3 person_playing_water_polo_medium_skin_tone
1F93D-1F3FE|9.0|person playing water polo: medium-dark skin tone|
    person_playing_water_polo_tone4 water_polo_tone4 person_playing_water_polo_medium-dark_skin_tone
1F93D-1F3FF|9.0|person playing water polo: dark skin tone|
    person_playing_water_polo_tone5 water_polo_tone5 person_playing_water_polo_dark_skin_tone
1F93D-200D-2640-FE0F|9.0|woman playing water polo|woman_playing_water_polo
1F93D-1F3FB-200D-2640-FE0F|9.0|woman playing water polo: light skin tone|
    woman_playing_water_polo_tone1 woman_playing_water_polo_light_skin_tone
1F93D-1F3FC-200D-2640-FE0F|9.0|woman playing water polo: medium-light skin tone|
    woman_playing_water_polo_tone2 woman_playing_water_polo_medium_light_skin_tone
    woman_playing_water_polo_medium-light_skin_tone
1F93D-1F3FD-200D-2640-FE0F|9.0|woman playing water polo: medium skin tone|
    woman_playing_water_polo_tone3 woman_playing_water_polo_medium_skin_tone
1F93D-1F3FE-200D-2640-FE0F|9.0|woman playing water polo: medium-dark skin tone|
    woman_playing_water_polo_tone4 woman_playing_water_polo_medium_dark_skin_tone woman_playing_water_polo_medium-
    dark_skin_tone
1F93D-1F3FF-200D-2640-FE0F|9.0|woman playing water polo: dark skin tone|
    woman_playing_water_polo_tone5 woman_playing_water_polo_dark_skin_tone
1F93D-200D-2642-FE0F|9.0|man playing water polo|man_playing_water_polo
1F93D-1F3FB-200D-2642-FE0F|9.0|man playing water polo: light skin tone|
    man_playing_water_polo_tone1 man_playing_water_polo_light_skin_tone
1F93D-1F3FC-200D-2642-FE0F|9.0|man playing water polo: medium-light skin tone|
    man_playing_water_polo_tone2 man_playing_water_polo_medium_light_skin_tone man_playing_water_polo_medium-
    light_skin_tone
1F93D-1F3FD-200D-2642-FE0F|9.0|man playing water polo: medium skin tone|
    man_playing_water_polo_tone3 man_playing_water_polo_medium_skin_tone
1F93D-1F3FE-200D-2642-FE0F|9.0|man playing water polo: medium-dark skin tone|
    man_playing_water_polo_tone4 man_playing_water_polo_medium_dark_skin_tone man_playing_water_polo_medium-
    dark_skin_tone
1F93D-1F3FF-200D-2642-FE0F|9.0|man playing water polo: dark skin tone|
    man_playing_water_polo_tone5 man_playing_water_polo_dark_skin_tone
1F6A3|6.0|person rowing boat|person_rowing_boat rowboat
1F6A3-1F3FB|8.0|person rowing boat: light skin tone|
    person_rowing_boat_tone1 rowboat_tone1 person_rowing_boat_light_skin_tone
1F6A3-1F3FC|8.0|person rowing boat: medium-light skin tone|
    person_rowing_boat_tone2 rowboat_tone2 person_rowing_boat_medium-light_skin_tone
1F6A3-1F3FD|8.0|person rowing boat: medium skin tone|
    person_rowing_boat_tone3 rowboat_tone3 person_rowing_boat_medium_skin_tone
1F6A3-1F3FE|8.0|person rowing boat: medium-dark skin tone|
    person_rowing_boat_tone4 rowboat_tone4 person_rowing_boat_medium-dark_skin_tone
1F6A3-1F3FF|8.0|person rowing boat: dark skin tone|
    person_rowing_boat_tone5 rowboat_tone5 person_rowing_boat_dark_skin_tone
1F6A3-200D-2640-FE0F|6.0|woman rowing boat|woman_rowing_boat
1F6A3-1F3FB-200D-2640-FE0F|8.0|woman rowing boat: light skin tone|
    woman_rowing_boat_tone1 woman_rowing_boat_light_skin_tone
1F6A3-1F3FC-200D-2640-FE0F|8.0|woman rowing boat: medium-light skin tone|
    woman_rowing_boat_tone2 woman_rowing_boat_medium_light_skin_tone woman_rowing_boat_medium-light_skin_tone
1F6A3-1F3FD-200D-2640-FE0F|8.0|woman rowing boat: medium skin tone|
    woman_rowing_boat_tone3 woman_rowing_boat_medium_skin_tone
1F6A3-1F3FE-200D-2640-FE0F|8.0|woman rowing boat: medium-dark skin tone|
    woman_rowing_boat_tone4 woman_rowing_boat_medium_dark_skin_tone woman_rowing_boat_medium-dark_skin_tone
1F6A3-1F3FF-200D-2640-FE0F|8.0|woman rowing boat: dark skin tone|
    woman_rowing_boat_tone5 woman_rowing_boat_dark_skin_tone
1F6A3-200D-2642-FE0F|6.0|man rowing boat|man_rowing_boat
1F6A3-1F3FB-200D-2642-FE0F|8.0|man rowing boat: light skin tone|man_rowing_boat_tone1 man_rowing_boat_light_skin_tone
1F6A3-1F3FC-200D-2642-FE0F|8.0|man rowing boat: medium-light skin tone|
    man_rowing_boat_tone2 man_rowing_boat_medium_light_skin_tone man_rowing_boat_medium-light_skin_tone
1F6A3-1F3FD-200D-2642-FE0F|8.0|man rowing boat: medium skin tone|
    man_rowing_boat_tone3 man_rowing_boat_medium_skin_tone
1F6A3-1F3FE-200D-2642-FE0F|8.0|man rowing boat: medium-dark skin tone|
    man_rowing_boat_tone4 man_rowing_boat_medium_dark_skin_tone man_rowing_boat_medium-dark_skin_tone
1F6A3-1F3FF-200D-2642-FE0F|8.0|man rowing boat: dark skin tone|man_rowing_boat_tone5 man_rowing_boat_dark_skin_tone
1F9D7|10.0|person climbing|person_climbing
1F9D7-1F3FB|10.0|person climbing: light skin tone|person_climbing_tone1 person_climbing_light_skin_tone
1F9D7-1F3FC|10.0|person climbing: medium-light skin tone|
    person_climbing_tone2 person_climbing_medium_light_skin_tone person_climbing_medium-light_skin_tone
1F9D7-1F3FD|10.0|person climbing: medium skin tone|person_climbing_tone3 person_climbing_medium_skin_tone
1F9D7-1F3FE|10.0|person climbing: medium-dark skin tone|
    person_climbing_tone4 person_climbing_medium_dark_skin_tone person_climbing_medium-dark_skin_tone
1F9D7-1F3FF|10.0|person climbing: dark skin tone|person_climbing_tone5 person_climbing_dark_skin_tone
1F9D7-200D-2640-FE0F|10.0|woman climbing|woman_climbing
1F9D7-1F3FB-200D-2640-FE0F|10.0|woman climbing: light skin tone|woman_climbing_tone1 woman_climbing_light_skin_tone
1F9D7-1F3FC-200D-2640-FE0F|10.0|woman climbing: medium-light skin tone|
    woman_climbing_tone2 woman_climbing_medium_light_skin_tone woman_climbing_medium-light_skin_tone
1F9D7-1F3FD-200D-2640-FE0F|10.0|woman climbing: medium skin tone|woman_climbing_tone3 woman_climbing_medium_skin_tone
1F9D7-1F3FE-200D-2640-FE0F|10.0|woman climbing: medium-dark skin tone|
    woman_climbing_tone4 woman_climbing_medium_dark_skin_tone woman_climbing_medium-dark_skin_tone
1F9D7-1F3FF-200D-2640-FE0F|10.0|woman climbing: dark skin tone|woman_climbing_tone5 woman_climbing_dark_skin_tone
1F9D7-200D-2642-FE0F|10.0|man climbing|man_climbing
1F9D7-1F3FB-200D-2642-FE0F|10.0|man climbing: light skin tone|man_climbing_tone1 man_climbing_light_skin_tone
1F9D7-1F3FC-200D-2642-FE0F|10.0|man climbing: medium-light skin tone|
    man_climbing_tone2 man_climbing_medium_light_skin_tone man_climbing_medium-light_skin_tone
1F9D7-1F3FD-200D-2642-FE0F|10.0|man climbing: medium skin tone|man_climbing_tone3 man_climbing_medium_skin_tone
1F9D7-1F3FE-200D-2642-FE0F|10.0|man climbing: medium-dark skin tone|
    man_climbing_tone4 man_climbing_medium_dark_skin_tone man_climbing_medium-dark_skin_tone
1F9D7-1F3FF-200D-2642-FE0F|10.0|man climbing: dark skin tone|man_climbing_tone5 man_climbing_dark_skin_tone
1F6B5|6.0|person mountain biking|person_mountain_biking mountain_bicyclist
1F6B5-1F3FB|8.0|person mountain biking: light skin tone|
    person_mountain_biking_tone1 mountain_bicyclist_tone1 person_mountain_biking_light_skin_tone
1F6B5-1F3FC|8.0|person mountain biking: medium-light skin tone|
    person_mountain_biking_tone2 mountain_bicyclist_tone2 person_mountain_biking_medium-light_skin_tone
1F6B5-1F3FD|8.0|person mountain biking: medium skin tone|
    person_mountain_biking_tone3 mountain_bicyclist_tone3 person_mountain_biking_medium_skin_tone
1F6B5-1F3FE|8.0|person mountain biking: medium-dark skin tone|
    person_mountain_biking_tone4 mountain_bicyclist_tone4 person_mountain_biking_medium-dark_skin_tone
1F6B5-1F3FF|8.0|person mountain biking: dark skin tone|
    person_mountain_biking_tone5 mountain_bicyclist_tone5 person_mountain_biking_dark_skin_tone
1F6B5-200D-2640-FE0F|6.0|woman mountain biking|woman_mountain_biking
1F6B5-1F3FB-200D-2640-FE0F|8.0|woman mountain biking: light skin tone|
    woman_mountain_biking_tone1 woman_mountain_biking_light_skin_tone
1F6B5-1F3FC-200D-2640-FE0F|8.0|woman mountain biking: medium-light skin tone|
    woman_mountain_biking_tone2 woman_mountain_biking_medium_light_skin_tone woman_mountain_biking_medium-
    light_skin_tone
1F6B5-1F3FD-200D-2640-FE0F|8.0|woman mountain biking: medium skin tone|
    woman_mountain_biking_tone3 woman_mountain_biking_medium_skin_tone
1F6B5-1F3FE-200D-2640-FE0F|8.0|woman mountain biking: medium-dark skin tone|
    woman_mountain_biking_tone4 woman_mountain_biking_medium_dark_skin_tone woman_mountain_biking_medium-
    dark_skin_tone
1F6B5-1F3FF-200D-2640-FE0F|8.0|woman mountain biking: dark skin tone|
    woman_mountain_biking_tone5 woman_mountain_biking_dark_skin_tone
1F6B5-200D-2642-FE0F|6.0|man mountain biking|man_mountain_biking
1F6B5-1F3FB-200D-2642-FE0F|8.0|man mountain biking: light skin tone|
    man_mountain_biking_tone1 man_mountain_biking_light_skin_tone
1F6B5-1F3FC-200D-2642-FE0F|8.0|man mountain biking: medium-light skin tone|
    man_mountain_biking_tone2 man_mountain_biking_medium_light_skin_tone man_mountain_biking_medium-
    light_skin_tone
1F6B5-1F3FD-200D-2642-FE0F|8.0|man mountain biking: medium skin tone|
    man_mountain_biking_tone3 man_mountain_biking_medium_skin_tone
1F6B5-1F3FE-200D-2642-FE0F|8.0|man mountain biking: medium-dark skin tone|
    man_mountain_biking_tone4 man_mountain_biking_medium_dark_skin_tone man_mountain_biking_medium-dark_skin_tone
1F6B5-1F3FF-200D-2642-FE0F|8.0|man mountain biking: dark skin tone|
    man_mountain_biking_tone5 man_mountain_biking_dark_skin_tone
1F6B4|6.0|person biking|person_biking bicyclist
1F6B4-1F3FB|8.0|person biking: light skin tone|person_biking_tone1 bicyclist_tone1 person_biking_light_skin_tone
1F6B4-1F3FC|8.0|person biking: medium-light skin tone|
    person_biking_tone2 bicyclist_tone2 person_biking_medium-light_skin_tone
1F6B4-1F3FD|8.0|person biking: medium skin tone|person_biking_tone3 bicyclist_tone3 person_biking_medium_skin_tone
1F6B4-1F3FE|8.0|person biking: medium-dark skin tone|
    person_biking_tone4 bicyclist_tone4 person_biking_medium-dark_skin_tone
1F6B4-1F3FF|8.0|person biking: dark skin tone|person_biking_tone5 bicyclist_tone5 person_biking_dark_skin_tone
1F6B4-200D-2640-FE0F|6.0|woman biking|woman_biking
1F6B4-1F3FB-200D-2640-FE0F|8.0|woman biking: light skin tone|woman_biking_tone1 woman_biking_light_skin_tone
1F6B4-1F3FC-200D-2640-FE0F|8.0|woman biking: medium-light skin tone|
    woman_biking_tone2 woman_biking_medium_light_skin_tone woman_biking_medium-light_skin_tone
1F6B4-1F3FD-200D-2640-FE0F|8.0|woman biking: medium skin tone|woman_biking_tone3 woman_biking_medium_skin_tone
1F6B4-1F3FE-200D-2640-FE0F|8.0|woman biking: medium-dark skin tone|
    woman_biking_tone4 woman_biking_medium_dark_skin_tone woman_biking_medium-dark_skin_tone
1F6B4-1F3FF-200D-2640-FE0F|8.0|woman biking: dark skin tone|woman_biking_tone5 woman_biking_dark_skin_tone
1F6B4-200D-2642-FE0F|6.0|man biking|man_biking
1F6B4-1F3FB-200D-2642-FE0F|8.0|man biking: light skin tone|man_biking_tone1 man_biking_light_skin_tone
1F6B4-1F3FC-200D-2642-FE0F|8.0|man biking: medium-light skin tone|
    man_biking_tone2 man_biking_medium_light_skin_tone man_biking_medium-light_skin_tone
1F6B4-1F3FD-200D-2642-FE0F|8.0|man biking: medium skin tone|man_biking_tone3 man_biking_medium_skin_tone
1F6B4-1F3FE-200D-2642-FE0F|8.0|man biking: medium-dark skin tone|
    man_biking_tone4 man_biking_medium_dark_skin_tone man_biking_medium-dark_skin_tone
1F6B4-1F3FF-200D-2642-FE0F|8.0|man biking: dark skin tone|man_biking_tone5 man_biking_dark_skin_tone
1F3C6|6.0|trophy|trophy
1F947|9.0|1st place medal|first_place first_place_medal 1st_place_medal
1F948|9.0|2nd place medal|second_place second_place_medal 2nd_place_medal
1F949|9.0|3rd place medal|third_place third_place_medal 3rd_place_medal
1F3C5|7.0|sports medal|medal sports_medal
1F396|7.0|military medal|military_medal
1F3F5|7.0|rosette|rosette
1F397|7.0|reminder ribbon|reminder_ribbon
1F3AB|6.0|ticket|ticket
1F39F|7.0|admission tickets|tickets admission_tickets
1F3AA|6.0|circus tent|circus_tent
1F487-1F3FF-200D-2640-FE0F|8.0|woman getting haircut: dark skin tone|
    woman_getting_haircut_tone5 woman_getting_haircut_dark_skin_tone
1F939|9.0|person juggling|person_juggling juggling juggler
1F939-1F3FB|9.0|person juggling: light skin tone|
    person_juggling_tone1 juggling_tone1 juggler_tone1 person_juggling_light_skin_tone
1F939-1F3FC|9.0|person juggling: medium-light skin tone|
    person_juggling_tone2 juggling_tone2 juggler_tone2 person_juggling_medium-light_skin_tone
1F939-1F3FD|9.0|person juggling: medium skin tone|
    person_juggling_tone3 juggling_tone3 juggler_tone3 person_juggling_medium_skin_tone
1F939-1F3FE|9.0|person juggling: medium-dark skin tone|
    person_juggling_tone4 juggling_tone4 juggler_tone4 person_juggling_medium-dark_skin_tone
1F939-1F3FF|9.0|person juggling: dark skin tone|
    person_juggling_tone5 juggling_tone5 juggler_tone5 person_juggling_dark_skin_tone
1F939-200D-2640-FE0F|9.0|woman juggling|woman_juggling
1F487-200D-2642-FE0F|6.0|man getting haircut|man_getting_haircut
1F487-1F3FB-200D-2642-FE0F|8.0|man getting haircut: light skin tone|
    man_getting_haircut_tone1 man_getting_haircut_light_skin_tone
1F487-1F3FC-200D-2642-FE0F|8.0|man getting haircut: medium-light skin tone|
    man_getting_haircut_tone2 man_getting_haircut_medium_light_skin_tone man_getting_haircut_medium-
    light_skin_tone
1F487-1F3FD-200D-2642-FE0F|8.0|man getting haircut: medium skin tone|
    man_getting_haircut_tone3 man_getting_haircut_medium_skin_tone
1F487-1F3FE-200D-2642-FE0F|8.0|man getting haircut: medium-dark skin tone|
    man_getting_haircut_tone4 man_getting_haircut_medium_dark_skin_tone man_getting_haircut_medium-dark_skin_tone
1F939-1F3FB-200D-2640-FE0F|9.0|woman juggling: light skin tone|woman_juggling_tone1 woman_juggling_light_skin_tone
1F939-1F3FC-200D-2640-FE0F|9.0|woman juggling: medium-light skin tone|
    woman_juggling_tone2 woman_juggling_medium_light_skin_tone woman_juggling_medium-light_skin_tone
1F939-1F3FD-200D-2640-FE0F|9.0|woman juggling: medium skin tone|woman_juggling_tone3 woman_juggling_medium_skin_tone
1F939-1F3FE-200D-2640-FE0F|9.0|woman juggling: medium-dark skin tone|
    woman_juggling_tone4 woman_juggling_medium_dark_skin_tone woman_juggling_medium-dark_skin_tone
1F939-1F3FF-200D-2640-FE0F|9.0|woman juggling: dark skin tone|woman_juggling_tone5 woman_juggling_dark_skin_tone
1F939-200D-2642-FE0F|9.0|man juggling|man_juggling
1F939-1F3FB-200D-2642-FE0F|9.0|man juggling: light skin tone|man_juggling_tone1 man_juggling_light_skin_tone
1F939-1F3FC-200D-2642-FE0F|9.0|man juggling: medium-light skin tone|
    man_juggling_tone2 man_juggling_medium_light_skin_tone man_juggling_medium-light_skin_tone
1F939-1F3FD-200D-2642-FE0F|9.0|man juggling: medium skin tone|man_juggling_tone3 man_juggling_medium_skin_tone
1F939-1F3FE-200D-2642-FE0F|9.0|man juggling: medium-dark skin tone|
    man_juggling_tone4 man_juggling_medium_dark_skin_tone man_juggling_medium-dark_skin_tone
1F939-1F3FF-200D-2642-FE0F|9.0|man juggling: dark skin tone|man_juggling_tone5 man_juggling_dark_skin_tone
1F3AD|6.0|performing arts|performing_arts
1F3A8|6.0|artist palette|art artist_palette
1F3AC|6.0|clapper board|clapper clapper_board
1F3A4|6.0|microphone|microphone
1F3A7|6.0|headphone|headphones headphone
1F3BC|6.0|musical score|musical_score
1F3B9|6.0|musical keyboard|musical_keyboard
1F941|9.0|drum|drum drum_with_drumsticks
1F3B7|6.0|saxophone|saxophone
1F3BA|6.0|trumpet|trumpet
1F3B8|6.0|guitar|guitar
1F3BB|6.0|violin|violin
1F3B2|6.0|game die|game_die
1F3AF|6.0|direct hit|dart direct_hit
1F3B3|6.0|bowling|bowling
1F3AE|6.0|video game|video_game
1F3B0|6.0|slot machine|slot_machine
1F487-1F3FF-200D-2642-FE0F|8.0|man getting haircut: dark skin tone|
    man_getting_haircut_tone5 man_getting_haircut_dark_skin_tone
1F486|6.0|person getting massage|person_getting_massage massage
1F486-1F3FB|8.0|person getting massage: light skin tone|
    person_getting_massage_tone1 massage_tone1 person_getting_massage_light_skin_tone
1F486-1F3FC|8.0|person getting massage: medium-light skin tone|
    person_getting_massage_tone2 massage_tone2 person_getting_massage_medium-light_skin_tone
1F486-1F3FD|8.0|person getting massage: medium skin tone|
    person_getting_massage_tone3 massage_tone3 person_getting_massage_medium_skin_tone
1F486-1F3FE|8.0|person getting massage: medium-dark skin tone|
    person_getting_massage_tone4 massage_tone4 person_getting_massage_medium-dark_skin_tone
1F486-1F3FF|8.0|person getting massage: dark skin tone|
    person_getting_massage_tone5 massage_tone5 person_getting_massage_dark_skin_tone
1F486-200D-2640-FE0F|6.0|woman getting massage|woman_getting_face_massage woman_getting_massage
1F486-1F3FB-200D-2640-FE0F|8.0|woman getting massage: light skin tone|
    woman_getting_face_massage_tone1 woman_getting_face_massage_light_skin_tone
    woman_getting_massage_light_skin_tone
1F486-1F3FC-200D-2640-FE0F|8.0|woman getting massage: medium-light skin tone|
    woman_getting_face_massage_tone2 woman_getting_face_massage_medium_light_skin_tone
    woman_getting_massage_medium-light_skin_tone
1F486-1F3FD-200D-2640-FE0F|8.0|woman getting massage: medium skin tone|
    woman_getting_face_massage_tone3 woman_getting_face_massage_medium_skin_tone
    woman_getting_massage_medium_skin_tone
1F486-1F3FE-200D-2640-FE0F|8.0|woman getting massage: medium-dark skin tone|
    woman_getting_face_massage_tone4 woman_getting_face_massage_medium_dark_skin_tone
    woman_getting_massage_medium-dark_skin_tone
1F486-1F3FF-200D-2640-FE0F|8.0|woman getting massage: dark skin tone|
    woman_getting_face_massage_tone5 woman_getting_face_massage_dark_skin_tone
    woman_getting_massage_dark_skin_tone
1F486-200D-2642-FE0F|6.0|man getting massage|man_getting_face_massage man_getting_massage
1F486-1F3FB-200D-2642-FE0F|8.0|man getting massage: light skin tone|
    man_getting_face_massage_tone1 man_getting_face_massage_light_skin_tone man_getting_massage_light_skin_tone
1F486-1F3FC-200D-2642-FE0F|8.0|man getting massage: medium-light skin tone|
    man_getting_face_massage_tone2 man_getting_face_massage_medium_light_skin_tone man_getting_massage_medium-
    light_skin_tone
1F486-1F3FD-200D-2642-FE0F|8.0|man getting massage: medium skin tone|
    man_getting_face_massage_tone3 man_getting_face_massage_medium_skin_tone man_getting_massage_medium_skin_tone
1F486-1F3FE-200D-2642-FE0F|8.0|man getting massage: medium-dark skin tone|
    man_getting_face_massage_tone4 man_getting_face_massage_medium_dark_skin_tone man_getting_massage_medium-
    dark_skin_tone
1F697|6.0|automobile|red_car automobile
1F695|6.0|taxi|taxi
1F699|6.0|sport utility vehicle|blue_car sport_utility_vehicle
1F68C|6.0|bus|bus
1F68E|6.0|trolleybus|trolleybus
1F3CE|7.0|racing car|race_car racing_car
1F693|6.0|police car|police_car
1F691|6.0|ambulance|ambulance
1F692|6.0|fire engine|fire_engine
1F690|6.0|minibus|minibus
1F69A|6.0|delivery truck|truck delivery_truck
1F69B|6.0|articulated lorry|articulated_lorry
1F69C|6.0|tractor|tractor
1F6F4|9.0|kick scooter|scooter kick_scooter
1F6B2|6.0|bicycle|bike bicycle
1F6F5|9.0|motor scooter|motor_scooter motorbike
1F3CD|7.0|motorcycle|motorcycle racing_motorcycle
1F6A8|6.0|police car light|rotating_light police_car_light
1F694|6.0|oncoming police car|oncoming_police_car
1F68D|6.0|oncoming bus|oncoming_bus
1F698|6.0|oncoming automobile|oncoming_automobile
1F696|6.0|oncoming taxi|oncoming_taxi
1F6A1|6.0|aerial tramway|aerial_tramway
1F6A0|6.0|mountain cableway|mountain_cableway
1F69F|6.0|suspension railway|suspension_railway
1F683|6.0|railway car|railway_car
1F68B|6.0|tram car|train tram_car
1F69E|6.0|mountain railway|mountain_railway
1F69D|6.0|monorail|monorail
1F684|6.0|high-speed train|bullettrain_side high-speed_train
1F685|6.0|bullet train|bullettrain_front bullet_train
1F688|6.0|light rail|light_rail
1F682|6.0|locomotive|steam_locomotive locomotive
1F686|6.0|train|train2
1F687|6.0|metro|metro
1F68A|6.0|tram|tram
1F689|6.0|station|station
2708|1.1|airplane|airplane
1F6EB|7.0|airplane departure|airplane_departure
1F6EC|7.0|airplane arrival|airplane_arriving airplane_arrival
1F6E9|7.0|small airplane|airplane_small small_airplane
1F4BA|6.0|seat|seat
1F6F0|7.0|satellite|satellite_orbital
1F680|6.0|rocket|rocket
1F6F8|10.0|flying saucer|flying_saucer
1F681|6.0|helicopter|helicopter
1F6F6|9.0|canoe|canoe kayak
26F5|5.2|sailboat|sailboat
1F6A4|6.0|speedboat|speedboat
1F6E5|7.0|motor boat|motorboat motor_boat
1F6F3|7.0|passenger ship|cruise_ship passenger_ship
26F4|5.2|ferry|ferry
1F6A2|6.0|ship|ship
2693|4.1|anchor|anchor
26FD|5.2|fuel pump|fuelpump fuel_pump
1F6A7|6.0|construction|construction
1F6A6|6.0|vertical traffic light|vertical_traffic_light
1F6A5|6.0|horizontal traffic light|traffic_light horizontal_traffic_light
1F68F|6.0|bus stop|busstop bus_stop
1F5FA|7.0|world map|map world_map
1F5FF|6.0|moai|moyai moai
1F5FD|6.0|statue of liberty|statue_of_liberty
1F5FC|6.0|tokyo tower|tokyo_tower
1F3F0|6.0|castle|european_castle castle
1F3EF|6.0|japanese castle|japanese_castle
1F3DF|7.0|stadium|stadium
1F3A1|6.0|ferris wheel|ferris_wheel
1F3A2|6.0|roller coaster|roller_coaster
1F3A0|6.0|carousel horse|carousel_horse
26F2|5.2|fountain|fountain
26F1|5.2|umbrella on ground|beach_umbrella umbrella_on_ground
1F3D6|7.0|beach with umbrella|beach beach_with_umbrella
1F3DD|7.0|desert island|island desert_island
1F3DC|7.0|desert|desert
1F30B|6.0|volcano|volcano
26F0|5.2|mountain|mountain
1F3D4|7.0|snow-capped mountain|mountain_snow snow_capped_mountain snow-capped_mountain
1F5FB|6.0|mount fuji|mount_fuji
1F3D5|7.0|camping|camping
26FA|5.2|tent|tent
1F3E0|6.0|house|house
1F3E1|6.0|house with garden|house_with_garden
1F3D8|7.0|houses|homes house_buildings houses
1F3DA|7.0|derelict house|house_abandoned derelict_house_building derelict_house
1F3D7|7.0|building construction|construction_site building_construction
1F3ED|6.0|factory|factory
1F3E2|6.0|office building|office office_building
1F3EC|6.0|department store|department_store
1F3E3|6.0|japanese post office|post_office japanese_post_office
1F3E4|6.0|post office|european_post_office
1F3E5|6.0|hospital|hospital
1F3E6|6.0|bank|bank
1F3E8|6.0|hotel|hotel
1F3EA|6.0|convenience store|convenience_store
1F3EB|6.0|school|school
1F3E9|6.0|love hotel|love_hotel
1F492|6.0|wedding|wedding
1F3DB|7.0|classical building|classical_building
26EA|5.2|church|church
1F54C|8.0|mosque|mosque
1F54D|8.0|synagogue|synagogue
1F54B|8.0|kaaba|kaaba
26E9|5.2|shinto shrine|shinto_shrine
1F6E4|7.0|railway track|railway_track railroad_track
1F6E3|7.0|motorway|motorway
1F5FE|6.0|map of japan|japan map_of_japan
1F391|6.0|moon viewing ceremony|rice_scene moon_viewing_ceremony
1F3DE|7.0|national park|park national_park
1F305|6.0|sunrise|sunrise
1F304|6.0|sunrise over mountains|sunrise_over_mountains
1F320|6.0|shooting star|stars shooting_star
1F387|6.0|sparkler|sparkler
1F386|6.0|fireworks|fireworks
1F307|6.0|sunset|city_sunset city_sunrise sunset
1F306|6.0|cityscape at dusk|city_dusk cityscape_at_dusk
1F3D9|7.0|cityscape|cityscape
1F303|6.0|night with stars|night_with_stars
1F30C|6.0|milky way|milky_way
1F309|6.0|bridge at night|bridge_at_night
1F301|6.0|foggy|foggy
231A|1.1|watch|watch
1F4F1|6.0|mobile phone|iphone mobile_phone
1F4F2|6.0|mobile phone with arrow|calling mobile_phone_with_arrow
1F4BB|6.0|laptop computer|computer laptop_computer
2328|1.1|keyboard|keyboard
1F5A5|7.0|desktop computer|desktop desktop_computer
1F5A8|7.0|printer|printer
1F5B1|7.0|computer mouse|mouse_three_button three_button_mouse computer_mouse
1F5B2|7.0|trackball|trackball
1F579|7.0|joystick|joystick
1F5DC|7.0|clamp|compression clamp
1F4BD|6.0|computer disk|minidisc computer_disk
1F4BE|6.0|floppy disk|floppy_disk
1F4BF|6.0|optical disk|cd optical_disk
1F4C0|6.0|dvd|dvd
1F4FC|6.0|videocassette|vhs videocassette
1F4F7|6.0|camera|camera
1F4F8|7.0|camera with flash|camera_with_flash
1F4F9|6.0|video camera|video_camera
1F3A5|6.0|movie camera|movie_camera
1F4FD|7.0|film projector|projector film_projector
1F39E|7.0|film frames|film_frames
1F4DE|6.0|telephone receiver|telephone_receiver
260E|1.1|telephone|telephone
1F4DF|6.0|pager|pager
1F4E0|6.0|fax machine|fax fax_machine
1F4FA|6.0|television|tv television
1F4FB|6.0|radio|radio
1F399|7.0|studio microphone|microphone2 studio_microphone
1F39A|7.0|level slider|level_slider
1F39B|7.0|control knobs|control_knobs
23F1|6.0|stopwatch|stopwatch
23F2|6.0|timer clock|timer timer_clock
23F0|6.0|alarm clock|alarm_clock
1F570|7.0|mantelpiece clock|clock mantlepiece_clock mantelpiece_clock
231B|1.1|hourglass done|hourglass hourglass_done
23F3|6.0|hourglass not done|hourglass_flowing_sand hourglass_not_done
1F4E1|6.0|satellite antenna|satellite satellite_antenna
1F50B|6.0|battery|battery
1F50C|6.0|electric plug|electric_plug
1F4A1|6.0|light bulb|bulb light_bulb
1F526|6.0|flashlight|flashlight
1F56F|7.0|candle|candle
1F5D1|7.0|wastebasket|wastebasket
1F6E2|7.0|oil drum|oil oil_drum
1F4B8|6.0|money with wings|money_with_wings
1F4B5|6.0|dollar banknote|dollar dollar_banknote
1F4B4|6.0|yen banknote|yen yen_banknote
1F4B6|6.0|euro banknote|euro euro_banknote
1F4B7|6.0|pound banknote|pound pound_banknote
1F4B0|6.0|money bag|moneybag money_bag
1F4B3|6.0|credit card|credit_card
1F48E|6.0|gem stone|gem gem_stone
2696|4.1|balance scale|scales balance_scale
1F527|6.0|wrench|wrench
1F528|6.0|hammer|hammer
2692|4.1|hammer and pick|hammer_pick hammer_and_pick
1F6E0|7.0|hammer and wrench|tools hammer_and_wrench
26CF|5.2|pick|pick
1F529|6.0|nut and bolt|nut_and_bolt
2699|4.1|gear|gear
26D3|5.2|chains|chains
1F52B|6.0|pistol|gun pistol
1F4A3|6.0|bomb|bomb
1F52A|6.0|kitchen knife|knife kitchen_knife
1F5E1|7.0|dagger|dagger dagger_knife
2694|4.1|crossed swords|crossed_swords
1F6E1|7.0|shield|shield
1F6AC|6.0|cigarette|smoking cigarette
26B0|4.1|coffin|coffin
26B1|4.1|funeral urn|urn funeral_urn
1F3FA|8.0|amphora|amphora
1F52E|6.0|crystal ball|crystal_ball
1F4FF|8.0|prayer beads|prayer_beads
1F488|6.0|barber pole|barber barber_pole
2697|4.1|alembic|alembic
1F52D|6.0|telescope|telescope
1F52C|6.0|microscope|microscope
1F573|7.0|hole|hole
1F48A|6.0|pill|pill
1F489|6.0|syringe|syringe
1F321|7.0|thermometer|thermometer
1F6BD|6.0|toilet|toilet
1F6B0|6.0|potable water|potable_water
1F6BF|6.0|shower|shower
1F6C1|6.0|bathtub|bathtub
1F6C0|6.0|person taking bath|bath person_taking_bath
1F6C0-1F3FB|8.0|person taking bath: light skin tone|bath_tone1 person_taking_bath_light_skin_tone
1F6C0-1F3FC|8.0|person taking bath: medium-light skin tone|bath_tone2 person_taking_bath_medium-light_skin_tone
1F6C0-1F3FD|8.0|person taking bath: medium skin tone|bath_tone3 person_taking_bath_medium_skin_tone
1F6C0-1F3FE|8.0|person taking bath: medium-dark skin tone|bath_tone4 person_taking_bath_medium-dark_skin_tone
1F6C0-1F3FF|8.0|person taking bath: dark skin tone|bath_tone5 person_taking_bath_dark_skin_tone
1F6CE|7.0|bellhop bell|bellhop bellhop_bell
1F511|6.0|key|key
1F5DD|7.0|old key|key2 old_key
1F6AA|6.0|door|door
1F6CB|7.0|couch and lamp|couch couch_and_lamp
1F6CF|7.0|bed|bed
1F6CC|7.0|person in bed|sleeping_accommodation person_in_bed
1F6CC-1F3FB|8.0|person in bed: light skin tone|person_in_bed_tone1 person_in_bed_light_skin_tone
1F6CC-1F3FC|8.0|person in bed: medium-light skin tone|
    person_in_bed_tone2 person_in_bed_medium_light_skin_tone person_in_bed_medium-light_skin_tone
1F6CC-1F3FD|8.0|person in bed: medium skin tone|person_in_bed_tone3 person_in_bed_medium_skin_tone
1F6CC-1F3FE|8.0|person in bed: medium-dark skin tone|
    person_in_bed_tone4 person_in_bed_medium_dark_skin_tone person_in_bed_medium-dark_skin_tone
1F6CC-1F3FF|8.0|person in bed: dark skin tone|person_in_bed_tone5 person_in_bed_dark_skin_tone
1F5BC|7.0|framed picture|frame_photo frame_with_picture framed_picture
1F6CD|7.0|shopping bags|shopping_bags
1F6D2|9.0|shopping cart|shopping_cart shopping_trolley
1F381|6.0|wrapped gift|gift wrapped_gift
1F388|6.0|balloon|balloon
1F38F|6.0|carp streamer|flags carp_streamer
1F380|6.0|ribbon|ribbon
1F38A|6.0|confetti ball|confetti_ball
1F389|6.0|party popper|tada party_popper
1F38E|6.0|japanese dolls|dolls japanese_dolls
1F3EE|6.0|red paper lantern|izakaya_lantern red_paper_lantern
1F390|6.0|wind chime|wind_chime
2709|1.1|envelope|envelope
1F4E9|6.0|envelope with arrow|envelope_with_arrow
1F4E8|6.0|incoming envelope|incoming_envelope
1F4E7|6.0|e-mail|e-mail email
1F48C|6.0|love letter|love_letter
1F4E5|6.0|inbox tray|inbox_tray
1F4E4|6.0|outbox tray|outbox_tray
1F4E6|6.0|package|package
1F3F7|7.0|label|label
1F4EA|6.0|closed mailbox with lowered flag|mailbox_closed closed_mailbox_with_lowered_flag
1F4EB|6.0|closed mailbox with raised flag|mailbox closed_mailbox_with_raised_flag
1F4EC|6.0|open mailbox with raised flag|mailbox_with_mail open_mailbox_with_raised_flag
1F4ED|6.0|open mailbox with lowered flag|mailbox_with_no_mail open_mailbox_with_lowered_flag
1F4EE|6.0|postbox|postbox
1F4EF|6.0|postal horn|postal_horn
1F4DC|6.0|scroll|scroll
1F4C3|6.0|page with curl|page_with_curl
1F4C4|6.0|page facing up|page_facing_up
1F4D1|6.0|bookmark tabs|bookmark_tabs
1F4CA|6.0|bar chart|bar_chart
1F4C8|6.0|chart increasing|chart_with_upwards_trend chart_increasing
1F4C9|6.0|chart decreasing|chart_with_downwards_trend chart_decreasing
1F5D2|7.0|spiral notepad|notepad_spiral spiral_note_pad spiral_notepad
1F5D3|7.0|spiral calendar|calendar_spiral spiral_calendar_pad spiral_calendar
1F4C6|6.0|tear-off calendar|calendar tear-off_calendar
1F4C5|6.0|calendar|date
1F4C7|6.0|card index|card_index
1F5C3|7.0|card file box|card_box card_file_box
1F5F3|7.0|ballot box with ballot|ballot_box ballot_box_with_ballot
1F5C4|7.0|file cabinet|file_cabinet
1F4CB|6.0|clipboard|clipboard
1F4C1|6.0|file folder|file_folder
1F4C2|6.0|open file folder|open_file_folder
1F5C2|7.0|card index dividers|dividers card_index_dividers
1F5DE|7.0|rolled-up newspaper|newspaper2 rolled_up_newspaper rolled-up_newspaper
1F4F0|6.0|newspaper|newspaper
1F4D3|6.0|notebook|notebook
1F4D4|6.0|notebook with decorative cover|notebook_with_decorative_cover
1F4D2|6.0|ledger|ledger
1F4D5|6.0|closed book|closed_book
1F4D7|6.0|green book|green_book
1F4D8|6.0|blue book|blue_book
1F4D9|6.0|orange book|orange_book
1F4DA|6.0|books|books
1F4D6|6.0|open book|book open_book
1F516|6.0|bookmark|bookmark
1F517|6.0|link|link
1F4CE|6.0|paperclip|paperclip
1F587|7.0|linked paperclips|paperclips linked_paperclips
1F4D0|6.0|triangular ruler|triangular_ruler
1F4CF|6.0|straight ruler|straight_ruler
1F4CC|6.0|pushpin|pushpin
1F4CD|6.0|round pushpin|round_pushpin
2702|1.1|scissors|scissors
1F58A|7.0|pen|pen_ballpoint lower_left_ballpoint_pen pen
1F58B|7.0|fountain pen|pen_fountain lower_left_fountain_pen fountain_pen
2712|1.1|black nib|black_nib
1F58C|7.0|paintbrush|paintbrush lower_left_paintbrush
1F58D|7.0|crayon|crayon lower_left_crayon
1F4DD|6.0|memo|pencil memo
270F|1.1|pencil|pencil2
1F50D|6.0|magnifying glass tilted left|mag magnifying_glass_tilted_left
1F50E|6.0|magnifying glass tilted right|mag_right magnifying_glass_tilted_right
1F50F|6.0|locked with pen|lock_with_ink_pen locked_with_pen
1F510|6.0|locked with key|closed_lock_with_key locked_with_key
1F512|6.0|locked|lock locked
1F513|6.0|unlocked|unlock unlocked
2764|1.1|red heart|heart red_heart
1F9E1|10.0|orange heart|orange_heart
1F49B|6.0|yellow heart|yellow_heart
1F49A|6.0|green heart|green_heart
1F499|6.0|blue heart|blue_heart
1F49C|6.0|purple heart|purple_heart
1F5A4|9.0|black heart|black_heart
1F494|6.0|broken heart|broken_heart
2763|1.1|heavy heart exclamation|heart_exclamation heavy_heart_exclamation_mark_ornament heavy_heart_exclamation
1F495|6.0|two hearts|two_hearts
1F49E|6.0|revolving hearts|revolving_hearts
1F493|6.0|beating heart|heartbeat beating_heart
1F497|6.0|growing heart|heartpulse growing_heart
1F496|6.0|sparkling heart|sparkling_heart
1F498|6.0|heart with arrow|cupid heart_with_arrow
1F49D|6.0|heart with ribbon|gift_heart heart_with_ribbon
1F49F|6.0|heart decoration|heart_decoration
262E|1.1|peace symbol|peace peace_symbol
271D|1.1|latin cross|cross latin_cross
262A|1.1|star and crescent|star_and_crescent
1F549|7.0|om|om_symbol om
2638|1.1|wheel of dharma|wheel_of_dharma
2721|1.1|star of david|star_of_david
1F52F|6.0|dotted six-pointed star|six_pointed_star dotted_six-pointed_star
1F54E|8.0|menorah|menorah
262F|1.1|yin yang|yin_yang
2626|1.1|orthodox cross|orthodox_cross
1F6D0|8.0|place of worship|place_of_worship worship_symbol
26CE|6.0|ophiuchus|ophiuchus
2648|1.1|aries|aries
2649|1.1|taurus|taurus
264A|1.1|gemini|gemini
264B|1.1|cancer|cancer
264C|1.1|leo|leo
264D|1.1|virgo|virgo
264E|1.1|libra|libra
264F|1.1|scorpio|scorpius scorpio
2650|1.1|sagittarius|sagittarius
2651|1.1|capricorn|capricorn
2652|1.1|aquarius|aquarius
2653|1.1|pisces|pisces
1F194|6.0|id button|id id_button
269B|4.1|atom symbol|atom atom_symbol
1F251|6.0|japanese \u201cacceptable\u201d button|accept japanese_acceptable_button
2622|1.1|radioactive|radioactive radioactive_sign
2623|1.1|biohazard|biohazard biohazard_sign
1F4F4|6.0|mobile phone off|mobile_phone_off
1F4F3|6.0|vibration mode|vibration_mode
1F236|6.0|japanese \u201cnot free of charge\u201d button|u6709 japanese_not_free_of_charge_button
1F21A|5.2|japanese \u201cfree of charge\u201d button|u7121 japanese_free_of_charge_button
1F238|6.0|japanese \u201capplication\u201d button|u7533 japanese_application_button
1F23A|6.0|japanese \u201copen for business\u201d button|u55b6 japanese_open_for_business_button
1F237|6.0|japanese \u201cmonthly amount\u201d button|u6708 japanese_monthly_amount_button
2734|1.1|eight-pointed star|eight_pointed_black_star eight-pointed_star
1F19A|6.0|vs button|vs vs_button
1F4AE|6.0|white flower|white_flower
1F250|6.0|japanese \u201cbargain\u201d button|ideograph_advantage japanese_bargain_button
3299|1.1|japanese \u201csecret\u201d button|secret japanese_secret_button
3297|1.1|japanese \u201ccongratulations\u201d button|congratulations japanese_congratulations_button
1F234|6.0|japanese \u201cpassing grade\u201d button|u5408 japanese_passing_grade_button
1F235|6.0|japanese \u201cno vacancy\u201d button|u6e80 japanese_no_vacancy_button
1F239|6.0|japanese \u201cdiscount\u201d button|u5272 japanese_discount_button
1F232|6.0|japanese \u201cprohibited\u201d button|u7981 japanese_prohibited_button
1F170|6.0|a button (blood type)|a a_button_blood_type
1F171|6.0|b button (blood type)|b b_button_blood_type
1F18E|6.0|ab button (blood type)|ab ab_button_blood_type
1F191|6.0|cl button|cl cl_button
1F17E|6.0|o button (blood type)|o2 o_button_blood_type
1F198|6.0|sos button|sos sos_button
274C|6.0|cross mark|x cross_mark
2B55|5.2|heavy large circle|o heavy_large_circle
1F6D1|9.0|stop sign|octagonal_sign stop_sign
26D4|5.2|no entry|no_entry
1F4DB|6.0|name badge|name_badge
1F6AB|6.0|prohibited|no_entry_sign prohibited
1F4AF|6.0|hundred points|100 hundred_points
1F4A2|6.0|anger symbol|anger anger_symbol
2668|1.1|hot springs|hotsprings hot_springs
1F6B7|6.0|no pedestrians|no_pedestrians
1F6AF|6.0|no littering|do_not_litter no_littering
1F6B3|6.0|no bicycles|no_bicycles
1F6B1|6.0|non-potable water|non-potable_water
1F51E|6.0|no one under eighteen|underage no_one_under_eighteen
1F4F5|6.0|no mobile phones|no_mobile_phones
1F6AD|6.0|no smoking|no_smoking
2757|5.2|exclamation mark|exclamation exclamation_mark
2755|6.0|white exclamation mark|grey_exclamation white_exclamation_mark
2753|6.0|question mark|question question_mark
2754|6.0|white question mark|grey_question white_question_mark
203C|1.1|double exclamation mark|bangbang double_exclamation_mark
2049|3.0|exclamation question mark|interrobang exclamation_question_mark
1F505|6.0|dim button|low_brightness dim_button
1F506|6.0|bright button|high_brightness bright_button
303D|3.2|part alternation mark|part_alternation_mark
26A0|4.0|warning|warning
1F6B8|6.0|children crossing|children_crossing
1F531|6.0|trident emblem|trident trident_emblem
269C|4.1|fleur-de-lis|fleur-de-lis
1F530|6.0|japanese symbol for beginner|beginner japanese_symbol_for_beginner
267B|3.2|recycling symbol|recycle recycling_symbol
2705|6.0|white heavy check mark|white_check_mark white_heavy_check_mark
1F22F|5.2|japanese \u201creserved\u201d button|u6307 japanese_reserved_button
1F4B9|6.0|chart increasing with yen|chart chart_increasing_with_yen
2747|1.1|sparkle|sparkle
2733|1.1|eight-spoked asterisk|eight_spoked_asterisk eight-spoked_asterisk
274E|6.0|cross mark button|negative_squared_cross_mark cross_mark_button
1F310|6.0|globe with meridians|globe_with_meridians
1F4A0|6.0|diamond with a dot|diamond_shape_with_a_dot_inside diamond_with_a_dot
24C2|1.1|circled m|m circled_m
1F300|6.0|cyclone|cyclone
1F4A4|6.0|zzz|zzz
1F3E7|6.0|atm sign|atm atm_sign
1F6BE|6.0|water closet|wc water_closet
267F|4.1|wheelchair symbol|wheelchair wheelchair_symbol
1F17F|5.2|p button|parking p_button
1F233|6.0|japanese \u201cvacancy\u201d button|u7a7a japanese_vacancy_button
1F202|6.0|japanese \u201cservice charge\u201d button|sa japanese_service_charge_button
1F6C2|6.0|passport control|passport_control
1F6C3|6.0|customs|customs
1F6C4|6.0|baggage claim|baggage_claim
1F6C5|6.0|left luggage|left_luggage
1F6B9|6.0|men\u2019s room|mens men_s_room
1F6BA|6.0|women\u2019s room|womens women_s_room
1F6BC|6.0|baby symbol|baby_symbol
1F6BB|6.0|restroom|restroom
1F6AE|6.0|litter in bin sign|put_litter_in_its_place litter_in_bin_sign
1F3A6|6.0|cinema|cinema
1F4F6|6.0|antenna bars|signal_strength antenna_bars
1F201|6.0|japanese \u201chere\u201d button|koko japanese_here_button
1F523|6.0|input symbols|symbols input_symbols
2139|3.0|information|information_source information
1F524|6.0|input latin letters|abc input_latin_letters
1F521|6.0|input latin lowercase|abcd input_latin_lowercase
1F520|6.0|input latin uppercase|capital_abcd input_latin_uppercase
1F196|6.0|ng button|ng ng_button
1F197|6.0|ok button|ok ok_button
1F199|6.0|up! button|up up_button
1F192|6.0|cool button|cool cool_button
1F195|6.0|new button|new new_button
1F193|6.0|free button|free free_button
0030-FE0F-20E3|3.0|keycap: 0|zero keycap_0
0031-FE0F-20E3|3.0|keycap: 1|one keycap_1
0032-FE0F-20E3|3.0|keycap: 2|two keycap_2
0033-FE0F-20E3|3.0|keycap: 3|three keycap_3
0034-FE0F-20E3|3.0|keycap: 4|four keycap_4
0035-FE0F-20E3|3.0|keycap: 5|five keycap_5
0036-FE0F-20E3|3.0|keycap: 6|six keycap_6
0037-FE0F-20E3|3.0|keycap: 7|seven keycap_7
0038-FE0F-20E3|3.0|keycap: 8|eight keycap_8
0039-FE0F-20E3|3.0|keycap: 9|nine keycap_9
1F51F|6.0|keycap: 10|keycap_ten keycap_10
1F522|6.0|input numbers|1234 input_numbers
0023-FE0F-20E3|3.0|keycap: #|hash keycap
002A-FE0F-20E3|3.0|keycap: *|asterisk keycap_asterisk
23CF|4.0|eject button|eject eject_symbol eject_button
25B6|1.1|play button|arrow_forward play_button
23F8|7.0|pause button|pause_button double_vertical_bar
23EF|6.0|play or pause button|play_pause play_or_pause_button
23F9|7.0|stop button|stop_button
23FA|7.0|record button|record_button
23ED|6.0|next track button|track_next next_track next_track_button
23EE|6.0|last track button|track_previous previous_track last_track_button
23E9|6.0|fast-forward button|fast_forward fast-forward_button
23EA|6.0|fast reverse button|rewind fast_reverse_button
23EB|6.0|fast up button|arrow_double_up fast_up_button
23EC|6.0|fast down button|arrow_double_down fast_down_button
25C0|1.1|reverse button|arrow_backward reverse_button
1F53C|6.0|upwards button|arrow_up_small upwards_button
1F53D|6.0|downwards button|arrow_down_small downwards_button
27A1|1.1|right arrow|arrow_right right_arrow
2B05|4.0|left arrow|arrow_left left_arrow
2B06|4.0|up arrow|arrow_up up_arrow
2B07|4.0|down arrow|arrow_down down_arrow
2197|1.1|up-right arrow|arrow_upper_right up-right_arrow
2198|1.1|down-right arrow|arrow_lower_right down-right_arrow
2199|1.1|down-left arrow|arrow_lower_left down-left_arrow
2196|1.1|up-left arrow|arrow_upper_left up-left_arrow
2195|1.1|up-down arrow|arrow_up_down up-down_arrow
2194|1.1|left-right arrow|left_right_arrow left-right_arrow
21AA|1.1|left arrow curving right|arrow_right_hook left_arrow_curving_right
21A9|1.1|right arrow curving left|leftwards_arrow_with_hook right_arrow_curving_left
2934|3.2|right arrow curving up|arrow_heading_up right_arrow_curving_up
2935|3.2|right arrow curving down|arrow_heading_down right_arrow_curving_down
1F500|6.0|shuffle tracks button|twisted_rightwards_arrows shuffle_tracks_button
1F501|6.0|repeat button|repeat repeat_button
1F502|6.0|repeat single button|repeat_one repeat_single_button
1F504|6.0|counterclockwise arrows button|arrows_counterclockwise counterclockwise_arrows_button
1F503|6.0|clockwise vertical arrows|arrows_clockwise clockwise_vertical_arrows
1F3B5|6.0|musical note|musical_note
1F3B6|6.0|musical notes|notes musical_notes
2795|6.0|heavy plus sign|heavy_plus_sign
2796|6.0|heavy minus sign|heavy_minus_sign
2797|6.0|heavy division sign|heavy_division_sign
2716|1.1|heavy multiplication x|heavy_multiplication_x
1F4B2|6.0|heavy dollar sign|heavy_dollar_sign
1F4B1|6.0|currency exchange|currency_exchange
2122|1.1|trade mark|tm trade_mark
00A9|1.1|copyright|copyright
00AE|1.1|registered|registered
3030|1.1|wavy dash|wavy_dash
27B0|6.0|curly loop|curly_loop
27BF|6.0|double curly loop|loop double_curly_loop
1F51A|6.0|end arrow|end end_arrow
1F519|6.0|back arrow|back back_arrow
1F51B|6.0|on! arrow|on on_arrow
1F51D|6.0|top arrow|top top_arrow
1F51C|6.0|soon arrow|soon soon_arrow
2714|1.1|heavy check mark|heavy_check_mark
2611|1.1|ballot box with check|ballot_box_with_check
1F518|6.0|radio button|radio_button
26AA|4.1|white circle|white_circle
26AB|4.1|black circle|black_circle
1F534|6.0|red circle|red_circle
1F535|6.0|blue circle|blue_circle
1F53A|6.0|red triangle pointed up|small_red_triangle red_triangle_pointed_up
1F53B|6.0|red triangle pointed down|small_red_triangle_down red_triangle_pointed_down
1F538|6.0|small orange diamond|small_orange_diamond
1F539|6.0|small blue diamond|small_blue_diamond
1F536|6.0|large orange diamond|large_orange_diamond
1F537|6.0|large blue diamond|large_blue_diamond
1F533|6.0|white square button|white_square_button
1F532|6.0|black square button|black_square_button
25AA|1.1|black small square|black_small_square
25AB|1.1|white small square|white_small_square
25FE|3.2|black medium-small square|black_medium_small_square black_medium-small_square
25FD|3.2|white medium-small square|white_medium_small_square white_medium-small_square
25FC|3.2|black medium square|black_medium_square
25FB|3.2|white medium square|white_medium_square
2B1B|5.1|black large square|black_large_square
2B1C|5.1|white large square|white_large_square
1F508|6.0|speaker low volume|speaker speaker_low_volume
1F507|6.0|muted speaker|mute muted_speaker
1F509|6.0|speaker medium volume|sound speaker_medium_volume
1F50A|6.0|speaker high volume|loud_sound speaker_high_volume
1F514|6.0|bell|bell
1F515|6.0|bell with slash|no_bell bell_with_slash
1F4E3|6.0|megaphone|mega megaphone
1F4E2|6.0|loudspeaker|loudspeaker
1F5E8|7.0|left speech bubble|speech_left left_speech_bubble
1F441-FE0F-200D-1F5E8-FE0F|7.0|eye in speech bubble|eye_in_speech_bubble
1F4AC|6.0|speech balloon|speech_balloon
1F4AD|6.0|thought balloon|thought_balloon
1F5EF|7.0|right anger bubble|anger_right right_anger_bubble
2660|1.1|spade suit|spades spade_suit
2663|1.1|club suit|clubs club_suit
2665|1.1|heart suit|hearts heart_suit
2666|1.1|diamond suit|diamonds diamond_suit
1F0CF|6.0|joker|black_joker joker
1F3B4|6.0|flower playing cards|flower_playing_cards
1F004|5.1|mahjong red dragon|mahjong mahjong_red_dragon
1F550|6.0|one o\u2019clock|clock1 one_o_clock
1F551|6.0|two o\u2019clock|clock2 two_o_clock
1F552|6.0|three o\u2019clock|clock3 three_o_clock
1F553|6.0|four o\u2019clock|clock4 four_o_clock
1F554|6.0|five o\u2019clock|clock5 five_o_clock
1F555|6.0|six o\u2019clock|clock6 six_o_clock
1F556|6.0|seven o\u2019clock|clock7 seven_o_clock
1F557|6.0|eight o\u2019clock|clock8 eight_o_clock
1F558|6.0|nine o\u2019clock|clock9 nine_o_clock
1F559|6.0|ten o\u2019clock|clock10 ten_o_clock
1F55A|6.0|eleven o\u2019clock|clock11 eleven_o_clock
1F55B|6.0|twelve o\u2019clock|clock12 twelve_o_clock
1F55C|6.0|one-thirty|clock130 one-thirty
1F55D|6.0|two-thirty|clock230 two-thirty
1F55E|6.0|three-thirty|clock330 three-thirty
1F55F|6.0|four-thirty|clock430 four-thirty
1F560|6.0|five-thirty|clock530 five-thirty
1F561|6.0|six-thirty|clock630 six-thirty
1F562|6.0|seven-thirty|clock730 seven-thirty
1F563|6.0|eight-thirty|clock830 eight-thirty
1F564|6.0|nine-thirty|clock930 nine-thirty
1F565|6.0|ten-thirty|clock1030 ten-thirty
1F566|6.0|eleven-thirty|clock1130 eleven-thirty
1F567|6.0|twelve-thirty|clock1230 twelve-thirty
1F3F3|7.0|white flag|flag_white waving_white_flag white_flag
1F3F4|7.0|black flag|flag_black waving_black_flag black_flag
1F3C1|6.0|chequered flag|checkered_flag chequered_flag
1F6A9|6.0|triangular flag|triangular_flag_on_post triangular_flag
1F3F3-FE0F-200D-1F308|7.0|rainbow flag|rainbow_flag gay_pride_flag
1F1E6-1F1EB|6.0|afghanistan|flag_af af afghanistan
1F1E6-1F1FD|6.0|åland islands|flag_ax ax land_islands
1F1E6-1F1F1|6.0|albania|flag_al al albania
1F1E9-1F1FF|6.0|algeria|flag_dz dz algeria
1F1E6-1F1F8|6.0|american samoa|flag_as as american_samoa
1F1E6-1F1E9|6.0|andorra|flag_ad ad andorra
1F1E6-1F1F4|6.0|angola|flag_ao ao angola
1F1E6-1F1EE|6.0|anguilla|flag_ai ai anguilla
1F1E6-1F1F6|6.0|antarctica|flag_aq aq antarctica
1F1E6-1F1EC|6.0|antigua &amp; barbuda|flag_ag ag antigua_amp_barbuda
1F1E6-1F1F7|6.0|argentina|flag_ar ar argentina
1F1E6-1F1F2|6.0|armenia|flag_am am armenia
1F1E6-1F1FC|6.0|aruba|flag_aw aw aruba
1F1E6-1F1FA|6.0|australia|flag_au au australia
1F1E6-1F1F9|6.0|austria|flag_at at austria
1F1E6-1F1FF|6.0|azerbaijan|flag_az az azerbaijan
1F1E7-1F1F8|6.0|bahamas|flag_bs bs bahamas
1F1E7-1F1ED|6.0|bahrain|flag_bh bh bahrain
1F1E7-1F1E9|6.0|bangladesh|flag_bd bd bangladesh
1F1E7-1F1E7|6.0|barbados|flag_bb bb barbados
1F1E7-1F1FE|6.0|belarus|flag_by by belarus
1F1E7-1F1EA|6.0|belgium|flag_be be belgium
1F1E7-1F1FF|6.0|belize|flag_bz bz belize
1F1E7-1F1EF|6.0|benin|flag_bj bj benin
1F1E7-1F1F2|6.0|bermuda|flag_bm bm bermuda
1F1E7-1F1F9|6.0|bhutan|flag_bt bt bhutan
1F1E7-1F1F4|6.0|bolivia|flag_bo bo bolivia
1F1E7-1F1E6|6.0|bosnia &amp; herzegovina|flag_ba ba bosnia_amp_herzegovina
1F1E7-1F1FC|6.0|botswana|flag_bw bw botswana
1F1E7-1F1F7|6.0|brazil|flag_br br brazil
1F1EE-1F1F4|6.0|british indian ocean territory|flag_io io british_indian_ocean_territory
1F1FB-1F1EC|6.0|british virgin islands|flag_vg vg british_virgin_islands
1F1E7-1F1F3|6.0|brunei|flag_bn bn brunei
1F1E7-1F1EC|6.0|bulgaria|flag_bg bg bulgaria
1F1E7-1F1EB|6.0|burkina faso|flag_bf bf burkina_faso
1F1E7-1F1EE|6.0|burundi|flag_bi bi burundi
1F1F0-1F1ED|6.0|cambodia|flag_kh kh cambodia
1F1E8-1F1F2|6.0|cameroon|flag_cm cm cameroon
1F1E8-1F1E6|6.0|canada|flag_ca ca canada
1F1EE-1F1E8|6.0|canary islands|flag_ic ic canary_islands
1F1E8-1F1FB|6.0|cape verde|flag_cv cv cape_verde
1F1E7-1F1F6|6.0|caribbean netherlands|flag_bq bq caribbean_netherlands
1F1F0-1F1FE|6.0|cayman islands|flag_ky ky cayman_islands
1F1E8-1F1EB|6.0|central african republic|flag_cf cf central_african_republic
1F1F9-1F1E9|6.0|chad|flag_td td chad
1F1E8-1F1F1|6.0|chile|flag_cl chile
1F1E8-1F1F3|6.0|china|flag_cn cn china
1F1E8-1F1FD|6.0|christmas island|flag_cx cx christmas_island
1F1E8-1F1E8|6.0|cocos (keeling) islands|flag_cc cc cocos_keeling_islands
1F1E8-1F1F4|6.0|colombia|flag_co co colombia
1F1F0-1F1F2|6.0|comoros|flag_km km comoros
1F1E8-1F1EC|6.0|congo - brazzaville|flag_cg cg congo_-_brazzaville
1F1E8-1F1E9|6.0|congo - kinshasa|flag_cd congo congo_-_kinshasa
1F1E8-1F1F0|6.0|cook islands|flag_ck ck cook_islands
1F1E8-1F1F7|6.0|costa rica|flag_cr cr costa_rica
1F1E8-1F1EE|6.0|côte d\u2019ivoire|flag_ci ci c_te_d_ivoire
1F1ED-1F1F7|6.0|croatia|flag_hr hr croatia
1F1E8-1F1FA|6.0|cuba|flag_cu cu cuba
1F1E8-1F1FC|6.0|curaçao|flag_cw cw cura_ao
1F1E8-1F1FE|6.0|cyprus|flag_cy cy cyprus
1F1E8-1F1FF|6.0|czechia|flag_cz cz czechia
1F1E9-1F1F0|6.0|denmark|flag_dk dk denmark
1F1E9-1F1EF|6.0|djibouti|flag_dj dj djibouti
1F1E9-1F1F2|6.0|dominica|flag_dm dm dominica
1F1E9-1F1F4|6.0|dominican republic|flag_do do dominican_republic
1F1EA-1F1E8|6.0|ecuador|flag_ec ec ecuador
1F1EA-1F1EC|6.0|egypt|flag_eg eg egypt
1F1F8-1F1FB|6.0|el salvador|flag_sv sv el_salvador
1F1EC-1F1F6|6.0|equatorial guinea|flag_gq gq equatorial_guinea
1F1EA-1F1F7|6.0|eritrea|flag_er er eritrea
1F1EA-1F1EA|6.0|estonia|flag_ee ee estonia
1F1EA-1F1F9|6.0|ethiopia|flag_et et ethiopia
1F1EA-1F1FA|6.0|european union|flag_eu eu european_union
1F1EB-1F1F0|6.0|falkland islands|flag_fk fk falkland_islands
1F1EB-1F1F4|6.0|faroe islands|flag_fo fo faroe_islands
1F1EB-1F1EF|6.0|fiji|flag_fj fj fiji
1F1EB-1F1EE|6.0|finland|flag_fi fi finland
1F1EB-1F1F7|6.0|france|flag_fr fr france
1F1EC-1F1EB|6.0|french guiana|flag_gf gf french_guiana
1F1F5-1F1EB|6.0|french polynesia|flag_pf pf french_polynesia
1F1F9-1F1EB|6.0|french southern territories|flag_tf tf french_southern_territories
1F1EC-1F1E6|6.0|gabon|flag_ga ga gabon
1F1EC-1F1F2|6.0|gambia|flag_gm gm gambia
1F1EC-1F1EA|6.0|georgia|flag_ge ge georgia
1F1E9-1F1EA|6.0|germany|flag_de de germany
1F1EC-1F1ED|6.0|ghana|flag_gh gh ghana
1F1EC-1F1EE|6.0|gibraltar|flag_gi gi gibraltar
1F1EC-1F1F7|6.0|greece|flag_gr gr greece
1F1EC-1F1F1|6.0|greenland|flag_gl gl greenland
1F1EC-1F1E9|6.0|grenada|flag_gd gd grenada
1F1EC-1F1F5|6.0|guadeloupe|flag_gp gp guadeloupe
1F1EC-1F1FA|6.0|guam|flag_gu gu guam
1F1EC-1F1F9|6.0|guatemala|flag_gt gt guatemala
1F1EC-1F1EC|6.0|guernsey|flag_gg gg guernsey
1F1EC-1F1F3|6.0|guinea|flag_gn gn guinea
1F1EC-1F1FC|6.0|guinea-bissau|flag_gw gw guinea-bissau
1F1EC-1F1FE|6.0|guyana|flag_gy gy guyana
1F1ED-1F1F9|6.0|haiti|flag_ht ht haiti
1F1ED-1F1F3|6.0|honduras|flag_hn hn honduras
1F1ED-1F1F0|6.0|hong kong sar china|flag_hk hk hong_kong_sar_china
1F1ED-1F1FA|6.0|hungary|flag_hu hu hungary
1F1EE-1F1F8|6.0|iceland|flag_is is iceland
1F1EE-1F1F3|6.0|india|flag_in in india
1F1EE-1F1E9|6.0|indonesia|flag_id indonesia
1F1EE-1F1F7|6.0|iran|flag_ir ir iran
1F1EE-1F1F6|6.0|iraq|flag_iq iq iraq
1F1EE-1F1EA|6.0|ireland|flag_ie ie ireland
1F1EE-1F1F2|6.0|isle of man|flag_im im isle_of_man
1F1EE-1F1F1|6.0|israel|flag_il il israel
1F1EE-1F1F9|6.0|italy|flag_it it italy
1F1EF-1F1F2|6.0|jamaica|flag_jm jm jamaica
1F1EF-1F1F5|6.0|japan|flag_jp jp
1F38C|6.0|crossed flags|crossed_flags
1F1EF-1F1EA|6.0|jersey|flag_je je jersey
1F1EF-1F1F4|6.0|jordan|flag_jo jo jordan
1F1F0-1F1FF|6.0|kazakhstan|flag_kz kz kazakhstan
1F1F0-1F1EA|6.0|kenya|flag_ke ke kenya
1F1F0-1F1EE|6.0|kiribati|flag_ki ki kiribati
1F1FD-1F1F0|6.0|kosovo|flag_xk xk kosovo
1F1F0-1F1FC|6.0|kuwait|flag_kw kw kuwait
1F1F0-1F1EC|6.0|kyrgyzstan|flag_kg kg kyrgyzstan
1F1F1-1F1E6|6.0|laos|flag_la la laos
1F1F1-1F1FB|6.0|latvia|flag_lv lv latvia
1F1F1-1F1E7|6.0|lebanon|flag_lb lb lebanon
1F1F1-1F1F8|6.0|lesotho|flag_ls ls lesotho
1F1F1-1F1F7|6.0|liberia|flag_lr lr liberia
1F1F1-1F1FE|6.0|libya|flag_ly ly libya
1F1F1-1F1EE|6.0|liechtenstein|flag_li li liechtenstein
1F1F1-1F1F9|6.0|lithuania|flag_lt lt lithuania
1F1F1-1F1FA|6.0|luxembourg|flag_lu lu luxembourg
1F1F2-1F1F4|6.0|macau sar china|flag_mo mo macau_sar_china
1F1F2-1F1F0|6.0|macedonia|flag_mk mk macedonia
1F1F2-1F1EC|6.0|madagascar|flag_mg mg madagascar
1F1F2-1F1FC|6.0|malawi|flag_mw mw malawi
1F1F2-1F1FE|6.0|malaysia|flag_my my malaysia
1F1F2-1F1FB|6.0|maldives|flag_mv mv maldives
1F1F2-1F1F1|6.0|mali|flag_ml ml mali
1F1F2-1F1F9|6.0|malta|flag_mt mt malta
1F1F2-1F1ED|6.0|marshall islands|flag_mh mh marshall_islands
1F1F2-1F1F6|6.0|martinique|flag_mq mq martinique
1F1F2-1F1F7|6.0|mauritania|flag_mr mr mauritania
1F1F2-1F1FA|6.0|mauritius|flag_mu mu mauritius
1F1FE-1F1F9|6.0|mayotte|flag_yt yt mayotte
1F1F2-1F1FD|6.0|mexico|flag_mx mx mexico
1F1EB-1F1F2|6.0|micronesia|flag_fm fm micronesia
1F1F2-1F1E9|6.0|moldova|flag_md md moldova
1F1F2-1F1E8|6.0|monaco|flag_mc mc monaco
1F1F2-1F1F3|6.0|mongolia|flag_mn mn mongolia
1F1F2-1F1EA|6.0|montenegro|flag_me me montenegro
1F1F2-1F1F8|6.0|montserrat|flag_ms ms montserrat
1F1F2-1F1E6|6.0|morocco|flag_ma ma morocco
1F1F2-1F1FF|6.0|mozambique|flag_mz mz mozambique
1F1F2-1F1F2|6.0|myanmar (burma)|flag_mm mm myanmar_burma
1F1F3-1F1E6|6.0|namibia|flag_na na namibia
1F1F3-1F1F7|6.0|nauru|flag_nr nr nauru
1F1F3-1F1F5|6.0|nepal|flag_np np nepal
1F1F3-1F1F1|6.0|netherlands|flag_nl nl netherlands
1F1F3-1F1E8|6.0|new caledonia|flag_nc nc new_caledonia
1F1F3-1F1FF|6.0|new zealand|flag_nz nz new_zealand
1F1F3-1F1EE|6.0|nicaragua|flag_ni ni nicaragua
1F1F3-1F1EA|6.0|niger|flag_ne ne niger
1F1F3-1F1EC|6.0|nigeria|flag_ng nigeria
1F1F3-1F1FA|6.0|niue|flag_nu nu niue
1F1F3-1F1EB|6.0|norfolk island|flag_nf nf norfolk_island
1F1F0-1F1F5|6.0|north korea|flag_kp kp north_korea
1F1F2-1F1F5|6.0|northern mariana islands|flag_mp mp northern_mariana_islands
1F1F3-1F1F4|6.0|norway|flag_no no norway
1F1F4-1F1F2|6.0|oman|flag_om oman
1F1F5-1F1F0|6.0|pakistan|flag_pk pk pakistan
1F1F5-1F1FC|6.0|palau|flag_pw pw palau
1F1F5-1F1F8|6.0|palestinian territories|flag_ps ps palestinian_territories
1F1F5-1F1E6|6.0|panama|flag_pa pa panama
1F1F5-1F1EC|6.0|papua new guinea|flag_pg pg papua_new_guinea
1F1F5-1F1FE|6.0|paraguay|flag_py py paraguay
1F1F5-1F1EA|6.0|peru|flag_pe pe peru
1F1F5-1F1ED|6.0|philippines|flag_ph ph philippines
1F1F5-1F1F3|6.0|pitcairn islands|flag_pn pn pitcairn_islands
1F1F5-1F1F1|6.0|poland|flag_pl pl poland
1F1F5-1F1F9|6.0|portugal|flag_pt pt portugal
1F1F5-1F1F7|6.0|puerto rico|flag_pr pr puerto_rico
1F1F6-1F1E6|6.0|qatar|flag_qa qa qatar
1F1F7-1F1EA|6.0|réunion|flag_re re r_union
1F1F7-1F1F4|6.0|romania|flag_ro ro romania
1F1F7-1F1FA|6.0|russia|flag_ru ru russia
1F1F7-1F1FC|6.0|rwanda|flag_rw rw rwanda
1F1FC-1F1F8|6.0|samoa|flag_ws ws samoa
1F1F8-1F1F2|6.0|san marino|flag_sm sm san_marino
1F1F8-1F1F9|6.0|são tomé &amp; príncipe|flag_st st s_o_tom_amp_pr_ncipe
1F1F8-1F1E6|6.0|saudi arabia|flag_sa saudiarabia saudi saudi_arabia
1F1F8-1F1F3|6.0|senegal|flag_sn sn senegal
1F1F7-1F1F8|6.0|serbia|flag_rs rs serbia
1F1F8-1F1E8|6.0|seychelles|flag_sc sc seychelles
1F1F8-1F1F1|6.0|sierra leone|flag_sl sl sierra_leone
1F1F8-1F1EC|6.0|singapore|flag_sg sg singapore
1F1F8-1F1FD|6.0|sint maarten|flag_sx sx sint_maarten
1F1F8-1F1F0|6.0|slovakia|flag_sk sk slovakia
1F1F8-1F1EE|6.0|slovenia|flag_si si slovenia
1F1EC-1F1F8|6.0|south georgia &amp; south sandwich islands|flag_gs gs south_georgia_amp_south_sandwich_islands
1F1F8-1F1E7|6.0|solomon islands|flag_sb sb solomon_islands
1F1F8-1F1F4|6.0|somalia|flag_so so somalia
1F1FF-1F1E6|6.0|south africa|flag_za za south_africa
1F1F0-1F1F7|6.0|south korea|flag_kr kr south_korea
1F1F8-1F1F8|6.0|south sudan|flag_ss ss south_sudan
1F1EA-1F1F8|6.0|spain|flag_es es spain
1F1F1-1F1F0|6.0|sri lanka|flag_lk lk sri_lanka
1F1E7-1F1F1|6.0|st. barthélemy|flag_bl bl st_barth_lemy
1F1F8-1F1ED|6.0|st. helena|flag_sh sh st_helena
1F1F0-1F1F3|6.0|st. kitts &amp; nevis|flag_kn kn st_kitts_amp_nevis
1F1F1-1F1E8|6.0|st. lucia|flag_lc lc st_lucia
1F1F5-1F1F2|6.0|st. pierre &amp; miquelon|flag_pm pm st_pierre_amp_miquelon
1F1FB-1F1E8|6.0|st. vincent &amp; grenadines|flag_vc vc st_vincent_amp_grenadines
1F1F8-1F1E9|6.0|sudan|flag_sd sd sudan
1F1F8-1F1F7|6.0|suriname|flag_sr sr suriname
1F1F8-1F1FF|6.0|swaziland|flag_sz sz swaziland
1F1F8-1F1EA|6.0|sweden|flag_se se sweden
1F1E8-1F1ED|6.0|switzerland|flag_ch ch switzerland
1F1F8-1F1FE|6.0|syria|flag_sy sy syria
1F1F9-1F1FC|6.0|taiwan|flag_tw tw taiwan
1F1F9-1F1EF|6.0|tajikistan|flag_tj tj tajikistan
1F1F9-1F1FF|6.0|tanzania|flag_tz tz tanzania
1F1F9-1F1ED|6.0|thailand|flag_th th thailand
1F1F9-1F1F1|6.0|timor-leste|flag_tl tl timor-leste
1F1F9-1F1EC|6.0|togo|flag_tg tg togo
1F1F9-1F1F0|6.0|tokelau|flag_tk tk tokelau
1F1F9-1F1F4|6.0|tonga|flag_to to tonga
1F1F9-1F1F9|6.0|trinidad &amp; tobago|flag_tt tt trinidad_amp_tobago
1F1F9-1F1F3|6.0|tunisia|flag_tn tn tunisia
1F1F9-1F1F7|6.0|turkey|flag_tr tr
1F1F9-1F1F2|6.0|turkmenistan|flag_tm turkmenistan
1F1F9-1F1E8|6.0|turks &amp; caicos islands|flag_tc tc turks_amp_caicos_islands
1F1FB-1F1EE|6.0|u.s. virgin islands|flag_vi vi u_s_virgin_islands
1F1F9-1F1FB|6.0|tuvalu|flag_tv tuvalu
1F1FA-1F1EC|6.0|uganda|flag_ug ug uganda
1F1FA-1F1E6|6.0|ukraine|flag_ua ua ukraine
1F1E6-1F1EA|6.0|united arab emirates|flag_ae ae united_arab_emirates
1F1EC-1F1E7|6.0|united kingdom|flag_gb gb united_kingdom
1F3F4-E0067-E0062-E0065-E006E-E0067-E007F|7.0|england|england
1F3F4-E0067-E0062-E0073-E0063-E0074-E007F|7.0|scotland|scotland
1F3F4-E0067-E0062-E0077-E006C-E0073-E007F|7.0|wales|wales
1F1FA-1F1F8|6.0|united states|flag_us us united_states
1F1FA-1F1FE|6.0|uruguay|flag_uy uy uruguay
1F1FA-1F1FF|6.0|uzbekistan|flag_uz uz uzbekistan
1F1FB-1F1FA|6.0|vanuatu|flag_vu vu vanuatu
1F1FB-1F1E6|6.0|vatican city|flag_va va vatican_city
1F1FB-1F1EA|6.0|venezuela|flag_ve ve venezuela
1F1FB-1F1F3|6.0|vietnam|flag_vn vn vietnam
1F1FC-1F1EB|6.0|wallis &amp; futuna|flag_wf wf wallis_amp_futuna
1F1EA-1F1ED|6.0|western sahara|flag_eh eh western_sahara
1F1FE-1F1EA|6.0|yemen|flag_ye ye yemen
1F1FF-1F1F2|6.0|zambia|flag_zm zm zambia
1F1FF-1F1FC|6.0|zimbabwe|flag_zw zw zimbabwe
1F1E6-1F1E8|6.0|ascension island|flag_ac ac ascension_island
1F1E7-1F1FB|6.0|bouvet island|flag_bv bv bouvet_island
1F1E8-1F1F5|6.0|clipperton island|flag_cp cp clipperton_island
1F1EA-1F1E6|6.0|ceuta &amp; melilla|flag_ea ea ceuta_amp_melilla
1F1E9-1F1EC|6.0|diego garcia|flag_dg dg diego_garcia
1F1ED-1F1F2|6.0|heard &amp; mcdonald islands|flag_hm hm heard_amp_mcdonald_islands
1F1F2-1F1EB|6.0|st. martin|flag_mf mf st_martin
1F1F8-1F1EF|6.0|svalbard &amp; jan mayen|flag_sj sj svalbard_amp_jan_mayen
1F1F9-1F1E6|6.0|tristan da cunha|flag_ta ta tristan_da_cunha
1F1FA-1F1F2|6.0|u.s. outlying islands|flag_um um u_s_outlying_islands
1F1FA-1F1F3|6.0|united nations|united_nations
0030|1.1|digit zero|digit_zero
1F1FF|6.0|regional indicator symbol letter z|regional_indicator_z regional_indicator_symbol_letter_z
1F1FE|6.0|regional indicator symbol letter y|regional_indicator_y regional_indicator_symbol_letter_y
1F1FD|6.0|regional indicator symbol letter x|regional_indicator_x regional_indicator_symbol_letter_x
0031|1.1|digit one|digit_one
1F3FB|8.0|light skin tone|tone1 light_skin_tone
1F3FC|8.0|medium-light skin tone|tone2 medium-light_skin_tone
1F3FD|8.0|medium skin tone|tone3 medium_skin_tone
1F3FE|8.0|medium-dark skin tone|tone4 medium-dark_skin_tone
1F3FF|8.0|dark skin tone|tone5 dark_skin_tone
1F1FC|6.0|regional indicator symbol letter w|regional_indicator_w regional_indicator_symbol_letter_w
1F1FB|6.0|regional indicator symbol letter v|regional_indicator_v regional_indicator_symbol_letter_v
1F1FA|6.0|regional indicator symbol letter u|regional_indicator_u regional_indicator_symbol_letter_u
1F1F9|6.0|regional indicator symbol letter t|regional_indicator_t regional_indicator_symbol_letter_t
1F1F8|6.0|regional indicator symbol letter s|regional_indicator_s regional_indicator_symbol_letter_s
1F1F7|6.0|regional indicator symbol letter r|regional_indicator_r regional_indicator_symbol_letter_r
1F1F6|6.0|regional indicator symbol letter q|regional_indicator_q regional_indicator_symbol_letter_q
1F1F5|6.0|regional indicator symbol letter p|regional_indicator_p regional_indicator_symbol_letter_p
1F1F4|6.0|regional indicator symbol letter o|regional_indicator_o regional_indicator_symbol_letter_o
1F1F3|6.0|regional indicator symbol letter n|regional_indicator_n regional_indicator_symbol_letter_n
1F1F2|6.0|regional indicator symbol letter m|regional_indicator_m regional_indicator_symbol_letter_m
1F1F1|6.0|regional indicator symbol letter l|regional_indicator_l regional_indicator_symbol_letter_l
1F1F0|6.0|regional indicator symbol letter k|regional_indicator_k regional_indicator_symbol_letter_k
1F1EF|6.0|regional indicator symbol letter j|regional_indicator_j regional_indicator_symbol_letter_j
1F1EE|6.0|regional indicator symbol letter i|regional_indicator_i regional_indicator_symbol_letter_i
1F1ED|6.0|regional indicator symbol letter h|regional_indicator_h regional_indicator_symbol_letter_h
1F1EC|6.0|regional indicator symbol letter g|regional_indicator_g regional_indicator_symbol_letter_g
1F1EB|6.0|regional indicator symbol letter f|regional_indicator_f regional_indicator_symbol_letter_f
1F1EA|6.0|regional indicator symbol letter e|regional_indicator_e regional_indicator_symbol_letter_e
1F1E9|6.0|regional indicator symbol letter d|regional_indicator_d regional_indicator_symbol_letter_d
1F1E8|6.0|regional indicator symbol letter c|regional_indicator_c regional_indicator_symbol_letter_c
1F1E7|6.0|regional indicator symbol letter b|regional_indicator_b regional_indicator_symbol_letter_b
1F1E6|6.0|regional indicator symbol letter a|regional_indicator_a regional_indicator_symbol_letter_a
0032|1.1|digit two|digit_two
0033|1.1|digit three|digit_three
0034|1.1|digit four|digit_four
0035|1.1|digit five|digit_five
0036|1.1|digit six|digit_six
0037|1.1|digit seven|digit_seven
0038|1.1|digit eight|digit_eight
0039|1.1|digit nine|digit_nine
0023|1.1|pound symbol|pound_symbol
002A|1.1|asterisk|asterisk_symbol
2640|1.1|female sign|female_sign
2642|1.1|male sign|male_sign
2695|4.1|medical symbol|medical_symbol
1F486-1F3FF-200D-2642-FE0F|8.0|man getting massage: dark skin tone|
    man_getting_face_massage_tone5 man_getting_face_massage_dark_skin_tone man_getting_massage_dark_skin_tone
1F9D6|10.0|person in steamy room|person_in_steamy_room
1F9D6-1F3FB|10.0|person in steamy room: light skin tone|
    person_in_steamy_room_tone1 person_in_steamy_room_light_skin_tone
1F9D6-1F3FC|10.0|person in steamy room: medium-light skin tone|
    person_in_steamy_room_tone2 person_in_steamy_room_medium_light_skin_tone person_in_steamy_room_medium-
    light_skin_tone
1F9D6-1F3FD|10.0|person in steamy room: medium skin tone|
    person_in_steamy_room_tone3 person_in_steamy_room_medium_skin_tone
1F9D6-1F3FE|10.0|person in steamy room: medium-dark skin tone|
    person_in_steamy_room_tone4 person_in_steamy_room_medium_dark_skin_tone person_in_steamy_room_medium-
    dark_skin_tone
1F9D6-1F3FF|10.0|person in steamy room: dark skin tone|
    person_in_steamy_room_tone5 person_in_steamy_room_dark_skin_tone
1F9D6-200D-2640-FE0F|10.0|woman in steamy room|woman_in_steamy_room
1F9D6-1F3FB-200D-2640-FE0F|10.0|woman in steamy room: light skin tone|
    woman_in_steamy_room_tone1 woman_in_steamy_room_light_skin_tone
1F9D6-1F3FC-200D-2640-FE0F|10.0|woman in steamy room: medium-light skin tone|
    woman_in_steamy_room_tone2 woman_in_steamy_room_medium_light_skin_tone woman_in_steamy_room_medium-
    light_skin_tone
1F9D6-1F3FD-200D-2640-FE0F|10.0|woman in steamy room: medium skin tone|
    woman_in_steamy_room_tone3 woman_in_steamy_room_medium_skin_tone
1F9D6-1F3FE-200D-2640-FE0F|10.0|woman in steamy room: medium-dark skin tone|
    woman_in_steamy_room_tone4 woman_in_steamy_room_medium_dark_skin_tone woman_in_steamy_room_medium-
    dark_skin_tone
1F9D6-1F3FF-200D-2640-FE0F|10.0|woman in steamy room: dark skin tone|
    woman_in_steamy_room_tone5 woman_in_steamy_room_dark_skin_tone
1F9D6-200D-2642-FE0F|10.0|man in steamy room|man_in_steamy_room
1F9D6-1F3FB-200D-2642-FE0F|10.0|man in steamy room: light skin tone|
    man_in_steamy_room_tone1 man_in_steamy_room_light_skin_tone
1F9D6-1F3FC-200D-2642-FE0F|10.0|man in steamy room: medium-light skin tone|
    man_in_steamy_room_tone2 man_in_steamy_room_medium_light_skin_tone man_in_steamy_room_medium-light_skin_tone
1F9D6-1F3FD-200D-2642-FE0F|10.0|man in steamy room: medium skin tone|
    man_in_steamy_room_tone3 man_in_steamy_room_medium_skin_tone
1F9D6-1F3FE-200D-2642-FE0F|10.0|man in steamy room: medium-dark skin tone|
    man_in_steamy_room_tone4 man_in_steamy_room_medium_dark_skin_tone man_in_steamy_room_medium-dark_skin_tone
1F9D6-1F3FF-200D-2642-FE0F|10.0|man in steamy room: dark skin tone|
    man_in_steamy_room_tone5 man_in_steamy_room_dark_skin_tone
1F485|6.0|nail polish|nail_care nail_polish
1F485-1F3FB|8.0|nail polish: light skin tone|nail_care_tone1 nail_polish_light_skin_tone
1F485-1F3FC|8.0|nail polish: medium-light skin tone|nail_care_tone2 nail_polish_medium-light_skin_tone
1F485-1F3FD|8.0|nail polish: medium skin tone|nail_care_tone3 nail_polish_medium_skin_tone
1F485-1F3FE|8.0|nail polish: medium-dark skin tone|nail_care_tone4 nail_polish_medium-dark_skin_tone
1F485-1F3FF|8.0|nail polish: dark skin tone|nail_care_tone5 nail_polish_dark_skin_tone
1F933|9.0|selfie|selfie
1F933-1F3FB|9.0|selfie: light skin tone|selfie_tone1 selfie_light_skin_tone
1F933-1F3FC|9.0|selfie: medium-light skin tone|selfie_tone2 selfie_medium-light_skin_tone
1F933-1F3FD|9.0|selfie: medium skin tone|selfie_tone3 selfie_medium_skin_tone
1F933-1F3FE|9.0|selfie: medium-dark skin tone|selfie_tone4 selfie_medium-dark_skin_tone
1F933-1F3FF|9.0|selfie: dark skin tone|selfie_tone5 selfie_dark_skin_tone
1F483|6.0|woman dancing|dancer woman_dancing
1F483-1F3FB|8.0|woman dancing: light skin tone|dancer_tone1 woman_dancing_light_skin_tone
1F483-1F3FC|8.0|woman dancing: medium-light skin tone|dancer_tone2 woman_dancing_medium-light_skin_tone
1F483-1F3FD|8.0|woman dancing: medium skin tone|dancer_tone3 woman_dancing_medium_skin_tone
1F483-1F3FE|8.0|woman dancing: medium-dark skin tone|dancer_tone4 woman_dancing_medium-dark_skin_tone
1F483-1F3FF|8.0|woman dancing: dark skin tone|dancer_tone5 woman_dancing_dark_skin_tone
1F57A|9.0|man dancing|man_dancing male_dancer
1F57A-1F3FB|9.0|man dancing: light skin tone|man_dancing_tone1 male_dancer_tone1 man_dancing_light_skin_tone
1F57A-1F3FC|9.0|man dancing: medium-light skin tone|
    man_dancing_tone2 male_dancer_tone2 man_dancing_medium-light_skin_tone
1F57A-1F3FD|9.0|man dancing: medium skin tone|man_dancing_tone3 male_dancer_tone3 man_dancing_medium_skin_tone
1F57A-1F3FF|9.0|man dancing: dark skin tone|man_dancing_tone5 male_dancer_tone5 man_dancing_dark_skin_tone
1F57A-1F3FE|9.0|man dancing: medium-dark skin tone|
    man_dancing_tone4 male_dancer_tone4 man_dancing_medium-dark_skin_tone
1F46F|6.0|people with bunny ears|people_with_bunny_ears_partying dancers people_with_bunny_ears
1F46F-200D-2640-FE0F|6.0|women with bunny ears|women_with_bunny_ears_partying women_with_bunny_ears
1F46F-200D-2642-FE0F|6.0|men with bunny ears|men_with_bunny_ears_partying men_with_bunny_ears
1F574|7.0|man in suit levitating|levitate man_in_business_suit_levitating man_in_suit_levitating
1F574-1F3FB|8.0|man in suit levitating: light skin tone|
    levitate_tone1 man_in_business_suit_levitating_tone1 man_in_business_suit_levitating_light_skin_tone
    man_in_suit_levitating_light_skin_tone
1F574-1F3FC|8.0|man in suit levitating: medium-light skin tone|
    levitate_tone2 man_in_business_suit_levitating_tone2 man_in_business_suit_levitating_medium_light_skin_tone
    man_in_suit_levitating_medium-light_skin_tone
1F574-1F3FD|8.0|man in suit levitating: medium skin tone|
    levitate_tone3 man_in_business_suit_levitating_tone3 man_in_business_suit_levitating_medium_skin_tone
    man_in_suit_levitating_medium_skin_tone
1F574-1F3FE|8.0|man in suit levitating: medium-dark skin tone|
    levitate_tone4 man_in_business_suit_levitating_tone4 man_in_business_suit_levitating_medium_dark_skin_tone
    man_in_suit_levitating_medium-dark_skin_tone
1F574-1F3FF|8.0|man in suit levitating: dark skin tone|
    levitate_tone5 man_in_business_suit_levitating_tone5 man_in_business_suit_levitating_dark_skin_tone
    man_in_suit_levitating_dark_skin_tone
1F6B6|6.0|person walking|person_walking walking
1F6B6-1F3FB|8.0|person walking: light skin tone|person_walking_tone1 walking_tone1 person_walking_light_skin_tone
1F6B6-1F3FC|8.0|person walking: medium-light skin tone|
    person_walking_tone2 walking_tone2 person_walking_medium-light_skin_tone
1F6B6-1F3FD|8.0|person walking: medium skin tone|person_walking_tone3 walking_tone3 person_walking_medium_skin_tone
1F6B6-1F3FE|8.0|person walking: medium-dark skin tone|
    person_walking_tone4 walking_tone4 person_walking_medium-dark_skin_tone
1F6B6-1F3FF|8.0|person walking: dark skin tone|person_walking_tone5 walking_tone5 person_walking_dark_skin_tone
1F6B6-200D-2640-FE0F|6.0|woman walking|woman_walking
1F6B6-1F3FB-200D-2640-FE0F|8.0|woman walking: light skin tone|woman_walking_tone1 woman_walking_light_skin_tone
1F6B6-1F3FC-200D-2640-FE0F|8.0|woman walking: medium-light skin tone|
    woman_walking_tone2 woman_walking_medium_light_skin_tone woman_walking_medium-light_skin_tone
1F6B6-1F3FD-200D-2640-FE0F|8.0|woman walking: medium skin tone|woman_walking_tone3 woman_walking_medium_skin_tone
1F6B6-1F3FE-200D-2640-FE0F|8.0|woman walking: medium-dark skin tone|
    woman_walking_tone4 woman_walking_medium_dark_skin_tone woman_walking_medium-dark_skin_tone
1F6B6-1F3FF-200D-2640-FE0F|8.0|woman walking: dark skin tone|woman_walking_tone5 woman_walking_dark_skin_tone
1F6B6-200D-2642-FE0F|6.0|man walking|man_walking
1F6B6-1F3FB-200D-2642-FE0F|8.0|man walking: light skin tone|man_walking_tone1 man_walking_light_skin_tone
1F6B6-1F3FC-200D-2642-FE0F|8.0|man walking: medium-light skin tone|
    man_walking_tone2 man_walking_medium_light_skin_tone man_walking_medium-light_skin_tone
1F6B6-1F3FD-200D-2642-FE0F|8.0|man walking: medium skin tone|man_walking_tone3 man_walking_medium_skin_tone
1F6B6-1F3FE-200D-2642-FE0F|8.0|man walking: medium-dark skin tone|
    man_walking_tone4 man_walking_medium_dark_skin_tone man_walking_medium-dark_skin_tone
1F6B6-1F3FF-200D-2642-FE0F|8.0|man walking: dark skin tone|man_walking_tone5 man_walking_dark_skin_tone
1F3C3|6.0|person running|person_running runner
1F3C3-1F3FB|8.0|person running: light skin tone|person_running_tone1 runner_tone1 person_running_light_skin_tone
1F3C3-1F3FC|8.0|person running: medium-light skin tone|
    person_running_tone2 runner_tone2 person_running_medium-light_skin_tone
1F3C3-1F3FD|8.0|person running: medium skin tone|person_running_tone3 runner_tone3 person_running_medium_skin_tone
1F3C3-1F3FE|8.0|person running: medium-dark skin tone|
    person_running_tone4 runner_tone4 person_running_medium-dark_skin_tone
1F3C3-1F3FF|8.0|person running: dark skin tone|person_running_tone5 runner_tone5 person_running_dark_skin_tone
1F3C3-200D-2640-FE0F|6.0|woman running|woman_running
1F3C3-1F3FB-200D-2640-FE0F|8.0|woman running: light skin tone|woman_running_tone1 woman_running_light_skin_tone
1F3C3-1F3FC-200D-2640-FE0F|8.0|woman running: medium-light skin tone|
    woman_running_tone2 woman_running_medium_light_skin_tone woman_running_medium-light_skin_tone
1F3C3-1F3FD-200D-2640-FE0F|8.0|woman running: medium skin tone|woman_running_tone3 woman_running_medium_skin_tone
1F3C3-1F3FE-200D-2640-FE0F|8.0|woman running: medium-dark skin tone|
    woman_running_tone4 woman_running_medium_dark_skin_tone woman_running_medium-dark_skin_tone
1F3C3-1F3FF-200D-2640-FE0F|8.0|woman running: dark skin tone|woman_running_tone5 woman_running_dark_skin_tone
1F3C3-200D-2642-FE0F|6.0|man running|man_running
1F3C3-1F3FB-200D-2642-FE0F|8.0|man running: light skin tone|man_running_tone1 man_running_light_skin_tone
1F3C3-1F3FC-200D-2642-FE0F|8.0|man running: medium-light skin tone|
    man_running_tone2 man_running_medium_light_skin_tone man_running_medium-light_skin_tone
1F3C3-1F3FD-200D-2642-FE0F|8.0|man running: medium skin tone|man_running_tone3 man_running_medium_skin_tone
1F3C3-1F3FE-200D-2642-FE0F|8.0|man running: medium-dark skin tone|
    man_running_tone4 man_running_medium_dark_skin_tone man_running_medium-dark_skin_tone
1F3C3-1F3FF-200D-2642-FE0F|8.0|man running: dark skin tone|man_running_tone5 man_running_dark_skin_tone
1F46B|6.0|man and woman holding hands|couple man_and_woman_holding_hands
1F46D|6.0|two women holding hands|two_women_holding_hands
1F46C|6.0|two men holding hands|two_men_holding_hands
1F491|6.0|couple with heart|couple_with_heart
1F469-200D-2764-FE0F-200D-1F468|6.0|couple with heart: woman, man|couple_with_heart_woman_man
1F469-200D-2764-FE0F-200D-1F469|6.0|couple with heart: woman, woman|
    couple_ww couple_with_heart_ww couple_with_heart_woman_woman
1F468-200D-2764-FE0F-200D-1F468|6.0|couple with heart: man, man|
    couple_mm couple_with_heart_mm couple_with_heart_man_man
1F48F|6.0|kiss|couplekiss
1F469-200D-2764-FE0F-200D-1F48B-200D-1F468|6.0|kiss: woman, man|kiss_woman_man
1F469-200D-2764-FE0F-200D-1F48B-200D-1F469|6.0|kiss: woman, woman|kiss_ww couplekiss_ww kiss_woman_woman
1F468-200D-2764-FE0F-200D-1F48B-200D-1F468|6.0|kiss: man, man|kiss_mm couplekiss_mm kiss_man_man
1F46A|6.0|family|family
1F468-200D-1F469-200D-1F466|6.0|family: man, woman, boy|family_man_woman_boy
1F468-200D-1F469-200D-1F467|6.0|family: man, woman, girl|family_mwg family_man_woman_girl
1F468-200D-1F469-200D-1F467-200D-1F466|6.0|family: man, woman, girl, boy|family_mwgb family_man_woman_girl_boy
1F468-200D-1F469-200D-1F466-200D-1F466|6.0|family: man, woman, boy, boy|family_mwbb family_man_woman_boy_boy
1F468-200D-1F469-200D-1F467-200D-1F467|6.0|family: man, woman, girl, girl|family_mwgg family_man_woman_girl_girl
1F469-200D-1F469-200D-1F466|6.0|family: woman, woman, boy|family_wwb family_woman_woman_boy
1F469-200D-1F469-200D-1F467|6.0|family: woman, woman, girl|family_wwg family_woman_woman_girl
1F469-200D-1F469-200D-1F467-200D-1F466|6.0|family: woman, woman, girl, boy|family_wwgb family_woman_woman_girl_boy
1F469-200D-1F469-200D-1F466-200D-1F466|6.0|family: woman, woman, boy, boy|family_wwbb family_woman_woman_boy_boy
1F469-200D-1F469-200D-1F467-200D-1F467|6.0|family: woman, woman, girl, girl|family_wwgg family_woman_woman_girl_girl
1F468-200D-1F468-200D-1F466|6.0|family: man, man, boy|family_mmb family_man_man_boy
1F468-200D-1F468-200D-1F467|6.0|family: man, man, girl|family_mmg family_man_man_girl
1F468-200D-1F468-200D-1F467-200D-1F466|6.0|family: man, man, girl, boy|family_mmgb family_man_man_girl_boy
1F468-200D-1F468-200D-1F466-200D-1F466|6.0|family: man, man, boy, boy|family_mmbb family_man_man_boy_boy
1F468-200D-1F468-200D-1F467-200D-1F467|6.0|family: man, man, girl, girl|family_mmgg family_man_man_girl_girl
1F469-200D-1F466|6.0|family: woman, boy|family_woman_boy
1F469-200D-1F467|6.0|family: woman, girl|family_woman_girl
1F469-200D-1F467-200D-1F466|6.0|family: woman, girl, boy|family_woman_girl_boy
1F469-200D-1F466-200D-1F466|6.0|family: woman, boy, boy|family_woman_boy_boy
1F469-200D-1F467-200D-1F467|6.0|family: woman, girl, girl|family_woman_girl_girl
1F468-200D-1F466|6.0|family: man, boy|family_man_boy
1F468-200D-1F467|6.0|family: man, girl|family_man_girl
1F468-200D-1F467-200D-1F466|6.0|family: man, girl, boy|family_man_girl_boy
1F468-200D-1F466-200D-1F466|6.0|family: man, boy, boy|family_man_boy_boy
1F468-200D-1F467-200D-1F467|6.0|family: man, girl, girl|family_man_girl_girl
1F9E5|10.0|coat|coat
1F45A|6.0|woman\u2019s clothes|womans_clothes woman_s_clothes
1F455|6.0|t-shirt|shirt t-shirt
1F456|6.0|jeans|jeans
1F454|6.0|necktie|necktie
1F457|6.0|dress|dress
1F459|6.0|bikini|bikini
1F458|6.0|kimono|kimono
1F460|6.0|high-heeled shoe|high_heel high-heeled_shoe
1F461|6.0|woman\u2019s sandal|sandal woman_s_sandal
1F462|6.0|woman\u2019s boot|boot woman_s_boot
1F45E|6.0|man\u2019s shoe|mans_shoe man_s_shoe
1F45F|6.0|running shoe|athletic_shoe running_shoe
1F9E6|10.0|socks|socks
1F9E4|10.0|gloves|gloves
1F9E3|10.0|scarf|scarf
1F3A9|6.0|top hat|tophat top_hat
1F9E2|10.0|billed cap|billed_cap
1F452|6.0|woman\u2019s hat|womans_hat woman_s_hat
1F393|6.0|graduation cap|mortar_board graduation_cap
26D1|5.2|rescue worker\u2019s helmet|helmet_with_cross helmet_with_white_cross rescue_worker_s_helmet
1F451|6.0|crown|crown
1F45D|6.0|clutch bag|pouch clutch_bag
1F45B|6.0|purse|purse
1F45C|6.0|handbag|handbag
1F4BC|6.0|briefcase|briefcase
1F392|6.0|school backpack|school_satchel school_backpack
1F453|6.0|glasses|eyeglasses glasses
1F576|7.0|sunglasses|dark_sunglasses
1F302|6.0|closed umbrella|closed_umbrella
1F32B|7.0|fog|fog
"""
