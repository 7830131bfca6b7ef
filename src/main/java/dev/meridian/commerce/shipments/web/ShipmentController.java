package dev.meridian.commerce.shipments.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.ShipmentId;
import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.commerce.shipments.ShipmentManagement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shipments of an order and their tracking events (events newest first).
 */
@RestController
@Tag(name = "Commerce")
class ShipmentController {

	private final ShipmentManagement shipments;

	ShipmentController(ShipmentManagement shipments) {
		this.shipments = shipments;
	}

	@PostMapping("/api/v1/commerce/orders/{id}/shipments")
	ResponseEntity<ShipmentResponse> create(@PathVariable UUID id, @RequestBody ShipmentRequest request) {
		Shipment shipment = this.shipments.record(new OrderId(id), request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/commerce/shipments/" + shipment.id()))
			.body(ShipmentResponse.of(shipment));
	}

	@GetMapping("/api/v1/commerce/orders/{id}/shipments")
	List<ShipmentResponse> ofOrder(@PathVariable UUID id) {
		return this.shipments.ofOrder(new OrderId(id)).stream().map(ShipmentResponse::of).toList();
	}

	@GetMapping("/api/v1/commerce/shipments/{id}")
	ShipmentResponse get(@PathVariable UUID id) {
		return ShipmentResponse.of(this.shipments.get(new ShipmentId(id)));
	}

	/** 201 when stored, 200 when the same event was stored before (nothing changes). */
	@PostMapping("/api/v1/commerce/shipments/{id}/events")
	ResponseEntity<ShipmentResponse> addEvent(@PathVariable UUID id, @RequestBody TrackingEventRequest request) {
		ShipmentManagement.Added added = this.shipments.addEvent(new ShipmentId(id), request.toDraft(), "api");
		return ResponseEntity.status(added.stored() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ShipmentResponse.of(added.shipment()));
	}

}
