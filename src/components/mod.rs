//! The workspace's components, one per file. Leaf components take their data and
//! callbacks as props and hold no pricing logic; section components read the app
//! state through `use_app()`.

pub mod approval_bands;
pub mod catalogue_item_row;
pub mod catalogue_link;
pub mod catalogue_page;
pub mod cost_fields;
pub mod currency_select;
pub mod customer_link_page;
pub mod deal_header;
pub mod floor_panel;
pub mod item_picker;
pub mod kind_select;
pub mod language_select;
pub mod line_overrides;
pub mod line_row;
pub mod line_table;
pub mod logo_picker;
pub mod nice_step_select;
pub mod notice_banner;
pub mod number_field;
pub mod number_format_select;
pub mod offer_choice_mark;
pub mod offer_document;
pub mod offer_form;
pub mod offer_history;
pub mod offer_language_fields;
pub mod offer_list_editor;
pub mod offer_page;
pub mod price_chart;
pub mod price_list_import;
pub mod profile_page;
pub mod proposal_list;
pub mod proposal_row;
pub mod scenario_board;
pub mod scenario_header;
pub mod stale_note;
pub mod summary_bar;
pub mod text_area;
pub mod text_field;
pub mod undo_remove;
