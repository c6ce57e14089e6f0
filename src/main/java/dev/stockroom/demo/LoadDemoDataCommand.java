package dev.stockroom.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.command.StockroomCommand;

/**
 * {@code load-demo-data}: the counterpart of {@code manage.py loaddata}, for a database
 * that was set up without the dev profile's automatic load.
 */
@Component
class LoadDemoDataCommand implements StockroomCommand {

	private final DemoDataLoader loader;

	LoadDemoDataCommand(DemoDataLoader loader) {
		this.loader = loader;
	}

	@Override
	public String name() {
		return "load-demo-data";
	}

	@Override
	public String description() {
		return "fill an empty database with demo warehouses, products and a month of movements";
	}

	@Override
	public int run(List<String> args) {
		this.loader.loadIfEmpty();
		return 0;
	}

}
