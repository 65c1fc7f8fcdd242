fn main() {
    second_chance::start();
}
