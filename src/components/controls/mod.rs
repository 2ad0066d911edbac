//! Small leaf controls shared by every view: number, text and select fields, lists, notes and banners. Each takes its data and callbacks as props.

pub mod approval_bands;
pub mod cost_fields;
pub mod currency_select;
pub mod item_picker;
pub mod kind_select;
pub mod language_select;
pub mod nice_step_select;
pub mod notice_banner;
pub mod number_field;
pub mod number_format_select;
pub mod offer_list_editor;
pub mod stale_note;
pub mod tax_choice;
pub mod text_area;
pub mod text_field;
pub mod undo_remove;
