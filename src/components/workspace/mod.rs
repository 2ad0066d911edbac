//! The workspace view: the deal, its lines, the floor, the scenario board and the chart.

pub mod board_view;
pub mod catalogue_link;
pub mod deal_header;
pub mod first_visit;
pub mod floor_panel;
pub mod line_overrides;
pub mod line_row;
pub mod line_table;
pub mod offer_choice_mark;
pub mod option_card;
pub mod options_editor;
pub mod options_panel;
pub mod price_chart;
pub mod scenario_board;
pub mod scenario_header;
pub mod summary_bar;
