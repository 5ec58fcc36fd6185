fn main() {
    print!("{}", medcard::schema::card_schema_text());
}
