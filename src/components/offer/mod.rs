//! The written-offer view: the form, the customer-facing document, the history of what was sent, and the page a customer link opens.

pub mod accept_by_email;
pub mod customer_link;
pub mod customer_link_page;
pub mod customer_viewer;
pub mod link_handover;
pub mod offer_document;
pub mod offer_form;
pub mod offer_history;
pub mod offer_language_fields;
pub mod offer_outcome;
pub mod offer_page;
pub mod open_questions_check;
pub mod option_choice;
pub mod option_table;
pub mod outcome_form;
pub mod requirement_row;
pub mod requirements_answers;
pub mod requirements_editor;
pub mod thank_you_note;
